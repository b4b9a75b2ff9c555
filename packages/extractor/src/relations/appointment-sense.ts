// Which sense of "name", "designate", "pick" a draft carries. With "as" and an office after the person, the
// verb appoints them: "Widodo designated Wiranto, a former general, as the nation's security minister" gave
// LABELS, "named Ann Cole as its chair" RELATED_TO; both are APPOINTS. Without an office ("named Ann Cole in
// the lawsuit", "designated the group as a terrorist organisation") the draft keeps its type. So does "to" and a
// verb of taking a place after the person: "named Federico Sosa to replace him".
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { nounType } from './vocabulary.js';
import { TITLES } from '../entities/lexicon/titles.js';

const NAMING = new Set(['name', 'designate', 'pick', 'tap', 'choose', 'select', 'nominate', 'appoint', 'install']);
/** Tokens between the person and "as" (an apposition), and between "as" and the office. */
const MAX_GAP = 8;
const MAX_OFFICE = 5;

/** Places one person is chosen to fill that are no title: "named Tom Hale as her successor", "as his running
 * mate". */
const CHOSEN_PLACES = new Set(['successor', 'replacement', 'nominee', 'mate']);

/** Verbs of taking another's place or post after "to": "named Tom Hale to replace her", "to succeed him". */
const SUCCEEDING = new Set(['replace', 'succeed', 'lead', 'head', 'run']);

const office = (word: string, before: string) =>
  TITLES.has(word) ||
  ['LEADS', 'WORKS_FOR'].includes(nounType(word) ?? '') ||
  (CHOSEN_PLACES.has(word) && (word !== 'mate' || before === 'running'));

/** The last token of what goes with the person ending at token k before a "to" or "as": other people chosen with
 * them ("named Elon Musk and Vivek Ramaswamy to lead"), and the place or body they are of ("named Lee Zeldin
 * of New York to lead"). */
function pastCompanions(view: SentenceView, k: number): number {
  const { toks, entityAt, types } = view;
  for (let round = 0; round < 4; round++) {
    const link = toks[k + 1];
    const id = entityAt[k + 2];
    if (!link || !id || /[;:.!?]/.test(toks[k].post)) break;
    const companion = link.normal === 'and' && types.get(id) === 'Person';
    const of = link.normal === 'of' && types.get(id) !== 'Person';
    if (!companion && !of) break;
    k += 2;
    while (entityAt[k + 1] === id) k++;
  }
  return k;
}

/** The draft read as an appointment, or the draft itself. */
export function retypedByAppointmentSense(view: SentenceView, d: TripleDraft): TripleDraft {
  if (!NAMING.has(d.predicate.lemma.split(' ')[0]) || d.predicate.type === 'APPOINTS') return d;
  if (view.types.get(d.object) !== 'Person' || !d.verb) return d;
  const { toks, entityAt } = view;
  let k = d.verb.to + 1;
  while (k < toks.length && entityAt[k] !== d.object) k++;
  while (entityAt[k + 1] === d.object) k++;
  k = pastCompanions(view, k);
  // "named the bank's deputy governor, Federico Sosa, to replace him": chosen to take another's place.
  const next = toks[k + 1];
  if (next?.normal === 'to' && SUCCEEDING.has(toks[k + 2]?.root ?? toks[k + 2]?.normal ?? '') && !/\S/.test(next.post))
    return { ...d, predicate: { ...d.predicate, type: 'APPOINTS' } };
  let as = -1;
  for (let m = k + 1; m < toks.length && m - k <= MAX_GAP; m++) {
    if (toks[m].normal === 'as') {
      as = m;
      break;
    }
    if (/[;:.!?]/.test(toks[m].post)) return d;
  }
  if (as < 0) return d;
  for (let m = as + 1; m < toks.length && m - as <= MAX_OFFICE; m++) {
    // A person after "as" is no office ("as Tom Hale"); a possessive one ("as her deputy") is its holder's.
    const possessive = toks[m].tags.has('Possessive') || /^(?:his|her|their)$/.test(toks[m].normal);
    if (entityAt[m] && view.types.get(entityAt[m]!) === 'Person' && !possessive) return d;
    if (office(toks[m].normal, toks[m - 1].normal)) return { ...d, predicate: { ...d.predicate, type: 'APPOINTS' } };
    if (/[,;:.!?]/.test(toks[m].post)) return d;
  }
  return d;
}
