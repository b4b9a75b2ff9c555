// Which sense of "address" a draft carries. One who "addressed the issue" or "addressed concerns about" a thing
// takes it up (MENTIONS); one who "addressed the rally", "addressed Congress" or "addressed the crowd" spoke to
// an audience or a gathering, which is no topic: the draft falls back to RELATED_TO (kept only as the gate keeps
// any fallback edge). Applied to a draft before the edge gate, as amount-sense.ts is.
import { lastWordOf } from './entity-tokens.js';
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { FALLBACK_TYPE } from './vocabulary.js';

/** Head nouns of an audience or a gathering one speaks to. */
const AUDIENCE_HEADS = new Set(
  `rally rallies crowd crowds audience audiences meeting meetings conference summit assembly convention session
  supporters delegates protesters demonstrators nation parliament congress lawmakers students graduates`.split(/\s+/),
);

/** The draft retyped by the sense of "address", or the draft itself. */
export function retypedByAddressSense(view: SentenceView, d: TripleDraft): TripleDraft {
  if (d.predicate.type !== 'MENTIONS' || d.verb?.lemma !== 'address') return d;
  if (view.types.get(d.object) === 'Concept' && !AUDIENCE_HEADS.has(lastWordOf(view, d.object))) return d;
  return { ...d, predicate: { ...d.predicate, type: FALLBACK_TYPE } };
}
