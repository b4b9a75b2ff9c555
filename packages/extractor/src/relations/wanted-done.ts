// "urged for the National Guard to be brought in", "called for the statue to be removed": the object of a
// passive infinitive is what the speaker wants done, not the one they urge ("urged Congress to act" is).
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';

export function wantedDone(view: SentenceView, d: TripleDraft): boolean {
  const [to, be, done] = [view.toks[d.to + 1], view.toks[d.to + 2], view.toks[d.to + 3]];
  return (
    d.predicate.type === 'URGES' &&
    to?.normal === 'to' &&
    be?.normal === 'be' &&
    !!done &&
    (done.tags.has('Participle') || done.tags.has('PastTense'))
  );
}
