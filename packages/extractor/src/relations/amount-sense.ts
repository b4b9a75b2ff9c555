// Which sense of "raise" a draft carries. A firm that "will raise its subscription price" or a senator "raising the
// minimum wage" makes an amount larger: no MENTIONS edge (it falls back to RELATED_TO, which the gate keeps only
// as it keeps any fallback edge); one who "raised concerns about" or "raised the issue of" a thing brings it up
// (MENTIONS). Applied to a draft before the edge gate, as condition-sense.ts is.
import { lastWordOf } from './entity-tokens.js';
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { FALLBACK_TYPE } from './vocabulary.js';

/** Head nouns of an amount one makes larger. */
const AMOUNT_HEADS = new Set(
  `price prices wage wages rate rates tax taxes fee fees fare fares rent rents salary salaries pay age limit limits
  cap ceiling level levels target targets quota quotas tariff tariffs premium premiums budget funds money capital
  stake threshold`.split(/\s+/),
);

/** The draft retyped by the sense of "raise", or the draft itself. */
export function retypedByAmountSense(view: SentenceView, d: TripleDraft): TripleDraft {
  if (d.predicate.type !== 'MENTIONS' || d.verb?.lemma !== 'raise') return d;
  if (!AMOUNT_HEADS.has(lastWordOf(view, d.object))) return d;
  return { ...d, predicate: { ...d.predicate, type: FALLBACK_TYPE } };
}
