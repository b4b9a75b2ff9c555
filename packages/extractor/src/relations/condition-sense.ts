// Which sense of "develop" a draft carries. A person who "developed kidney problems" or "developed COVID-19"
// came down with it: no CREATES edge (it falls back to RELATED_TO, which the gate keeps only as it keeps any
// fallback edge, the verb as its wording); one who "developed a vaccine" made it (CREATES). Applied to a
// draft before the edge gate, as attack-sense.ts is.
import { lastWordOf, namedIllness } from './entity-tokens.js';
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { FALLBACK_TYPE } from './vocabulary.js';

/** Head nouns of a state of health one comes down with, not a thing one makes. */
const CONDITION_HEADS = new Set(
  `problem problems symptom symptoms complication complications infection infections illness disease cancer
  tumour tumor fever pneumonia sepsis condition conditions disorder syndrome dementia diabetes allergy rash
  cough`.split(/\s+/),
);

function condition(view: SentenceView, id: string): boolean {
  return CONDITION_HEADS.has(lastWordOf(view, id)) || namedIllness(view, id);
}

/** The draft retyped by the sense of "develop", or the draft itself. */
export function retypedByConditionSense(view: SentenceView, d: TripleDraft): TripleDraft {
  if (d.predicate.type !== 'CREATES' || d.verb?.lemma !== 'develop' || !condition(view, d.object)) return d;
  return { ...d, predicate: { ...d.predicate, type: FALLBACK_TYPE } };
}
