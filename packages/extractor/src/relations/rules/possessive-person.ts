// "<Place>'s <Person>" and "<Org>'s <Person>" with nothing between: the writer names a person by where they
// come from or whom they play or work for ("Kenya's Brigid Kosgei", "Acme's Ann Cole"). A title between the
// two ("Kenya's president Ann Cole") is the title rules' to read; a person's "X's Y" says nothing of a tie.
import { findRole } from '../role-noun.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { wholeWords } from './possessive-part.js';
import { OBJECT_HEADS, VEHICLE_HEADS } from '../../entities/lexicon/work-words.js';

const TIE: Record<string, string> = { Place: 'LOCATED_IN', Organization: 'WORKS_FOR' };

/** The person's name starts right after the possessor's last word (honorifics aside: "Britain's Prince Ann"). */
function adjacent(view: SentenceView, whole: string, person: string, from: number): boolean {
  let k = from;
  while (view.entityAt[k] !== whole) k++;
  const first = k;
  while (view.entityAt[k] === whole) k++;
  if (!wholeWords(view, first, k - 1)) return false;
  while (view.entityAt[k] !== person && view.toks[k]?.tags.has('Honorific')) k++;
  if (view.entityAt[k] !== person || view.kindAt[k] !== 'name') return false;
  // "NASA's James Webb Telescope": a name ending in a kind of made thing is no person, whatever its type.
  while (view.entityAt[k + 1] === person) k++;
  const last = view.toks[k].normal;
  return !VEHICLE_HEADS.has(last) && !OBJECT_HEADS.has(last);
}

export const possessivePerson: RelationRule = {
  name: 'possessive-person',
  descriptive: true,
  description: "a person's name right after a place's or body's possessive: from the place, or working for the body",
  example: "Kenya's Brigid Kosgei won in Chicago, said the BBC's Ann Cole.",
  apply(view) {
    const out: TripleDraft[] = [];
    for (const np of view.chunks) {
      const [whole, person] = [np.possessor, np.head];
      if (np.kind !== 'NP' || !whole || !person || whole === person) continue;
      const type = TIE[view.types.get(whole) ?? ''];
      if (!type || view.types.get(person) !== 'Person' || view.entityAt[np.to] !== person) continue;
      if (findRole(view, np.from, np.to) || !adjacent(view, whole, person, np.from)) continue;
      out.push({
        subject: person,
        object: whole,
        predicate: { type, lemma: "'s", text: view.slice(np.from, np.to) },
        confidence: 0.65,
        from: np.from,
        to: np.to,
      });
    }
    return out;
  },
};
