// "leaving Scholz's Social Democrats and the Greens without a majority", "left hundreds homeless": "leave"
// with an object and then "without", an adjective or "in charge" says what state the subject left the object in, not that
// it departed from it ("left the government" is a departure). Such a draft makes no edge.
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';

/** States an object is left in, written as participles the parse may read as verbs. */
const STATES = new Set(['dead', 'injured', 'wounded', 'stranded', 'homeless', 'unable', 'exposed', 'vulnerable']);
/** States after "in": "leaving Ann Cole in charge", "left the talks in limbo". */
const IN_STATES = new Set(['charge', 'control', 'limbo', 'ruins', 'tatters', 'doubt', 'darkness', 'disarray']);

export function leftInState(view: SentenceView, d: TripleDraft): boolean {
  if (!d.verb || d.verb.lemma !== 'leave' || d.verb.passive) return false;
  // The object's phrase, with any phrases coordinated to it ("X and the Greens").
  let at = view.chunks.findIndex((c) => c.kind === 'NP' && c.from <= d.to && d.to <= c.to);
  if (at < 0) return false;
  while (view.chunks[at + 1]?.kind === 'CONJ' && view.chunks[at + 2]?.kind === 'NP') at += 2;
  const next = view.toks[view.chunks[at].to + 1];
  if (!next || /[,;:]/.test(view.toks[view.chunks[at].to].post)) return false;
  return (
    next.normal === 'without' ||
    STATES.has(next.normal) ||
    (next.normal === 'in' && IN_STATES.has(view.toks[view.chunks[at].to + 2]?.normal ?? '')) ||
    (next.tags.has('Adjective') && !next.tags.has('Noun'))
  );
}
