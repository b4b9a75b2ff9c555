// The statement before its attribution ("Acme Corp bought Beta Ltd, Ann Cole told Tom Hale on Monday."): whether
// the attribution closes the sentence, and whether what stands before it states anything at all.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { ADDRESSEE_VERBS } from './reported-content.js';
import { timeExpressionsOf } from './clause-time.js';
import { LEADING_SUBORDINATORS } from './speech-bounds.js';

/** "…, Ann Cole told Tom Hale.", "…, she said on Monday.", "…, he told reporters in Oslo.": whether the attribution
 * at verb group `c`, ending at token `right`, closes the sentence but for the one told (a verb of telling) and
 * phrases of when or where. */
export function attributionCloses(view: SentenceView, c: number, right: number): boolean {
  const rest = view.chunks.filter((x) => x.from > right);
  const times = timeExpressionsOf(view);
  const time = (x: Chunk) => times.some((t) => t.from <= x.from && x.to <= t.to);
  return rest.every((x, i) => {
    if (x.kind === 'PREP') return rest[i + 1]?.kind === 'NP';
    if (x.kind !== 'NP') return false;
    const told = i === 0 && ADDRESSEE_VERBS.has(view.chunks[c].lemma) && right === view.chunks[c].to;
    return told || rest[i - 1]?.kind === 'PREP' || time(x);
  });
}

/** "When Acme Corp bought Beta Ltd, Ann Cole commented.": the words before the attribution starting at token
 * `left` are one subordinate clause, which states nothing by itself. */
export function subordinateOnly(view: SentenceView, left: number): boolean {
  return (
    LEADING_SUBORDINATORS.has(view.toks[0]?.normal) &&
    !view.toks.slice(0, Math.max(0, left - 1)).some((t) => /,/.test(t.post))
  );
}
