// A person named with the place they are of or from: "President Patrice Talon of Benin" → LEADS Benin;
// "Foreign Minister Ana Rojas of Chile" → WORKS_FOR Chile; "Senator Amy Klobuchar of Minnesota" holds her seat
// there and "Eliud Kipchoge of Kenya" comes from there → LOCATED_IN. A title shared by a list counts for each
// ("Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"). A person "from" a place right after a
// verb or preposition is moved, not described ("expelled Tom Hale from Peru").
import { CALENDAR } from '../../entities/names/name-tokens.js';
import type { Chunk } from '../chunks.js';
import { findRole, roleFitsBody, titleRole, type Role } from '../role-noun.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

/** Seats of an assembly: the holder represents the place, no government of it employs them. */
const SEATS = new Set(
  'senator sen representative rep congressman congresswoman congressperson delegate mp assemblyman assemblywoman councillor councilor legislator lawmaker'.split(
    ' ',
  ),
);

/** The place phrase after the preposition: its name opens it (after "the") and closes it. */
function placeOf(view: SentenceView, np: Chunk | undefined): string | undefined {
  if (np?.kind !== 'NP' || !np.head || view.types.get(np.head) !== 'Place' || np.possessor) return undefined;
  const k = view.toks[np.from].normal === 'the' ? np.from + 1 : np.from;
  return view.entityAt[k] === np.head && view.entityAt[np.to] === np.head ? np.head : undefined;
}

/** Whether the role is the person's own title, not a post in a body named before it ("committee chairman
 * Jerrold Nadler of New York" chairs the committee; "AU chairperson President …"): only adjectives and
 * determiners come before the role word. */
function ownTitle(view: SentenceView, from: number, to: number, role: Role): boolean {
  const head = role.noun.split(' ')[0];
  let k = from;
  while (k <= to && view.toks[k].normal.replace(/['’]s$/, '') !== head) k++;
  for (let j = from; j < k; j++) {
    const t = view.toks[j];
    if (t.tags.has('Date') || t.tags.has('Value')) continue;
    if (view.entityAt[j] || (t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Honorific'))) return false;
  }
  return k <= to;
}

/** The edge a title (or none) gives between its holder and the place. */
function relation(role: Role | undefined): { type: string; lemma: string } | undefined {
  if (!role) return { type: 'LOCATED_IN', lemma: 'of' };
  const noun = role.noun.replace(/s$/, '');
  if (SEATS.has(noun)) return { type: 'LOCATED_IN', lemma: noun };
  // "lawyer Tom Hale of Leeds": a place employs no lawyer; it is where the lawyer works.
  if (!roleFitsBody(role, 'Place')) return { type: 'LOCATED_IN', lemma: noun };
  const titled = titleRole({ ...role, noun });
  return ['LEADS', 'WORKS_FOR'].includes(titled.type) ? { type: titled.type, lemma: noun } : undefined;
}

export const personOfPlace: RelationRule = {
  name: 'person-of-place',
  descriptive: true,
  description: 'a person\'s name followed by "of/from <Place>": the title before the name says how they are tied',
  example: 'President Patrice Talon of Benin met Senator Amy Klobuchar of Minnesota.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    // The title of a list's first person, while the list of "<person> of <place>" goes on.
    let listTitle: Role | undefined;
    let listEnd = -1;
    ch.forEach((np, i) => {
      const person = np.kind === 'NP' && !np.breakAfter ? np.head : undefined;
      if (!person || view.types.get(person) !== 'Person' || view.entityAt[np.to] !== person) return;
      const prep = ch[i + 1];
      const word = prep?.kind === 'PREP' ? view.toks[prep.from].normal : '';
      if ((word !== 'of' && word !== 'from') || prep.breakAfter) return;
      const place = placeOf(view, ch[i + 2]);
      if (!place) return;
      const before = ch[i - 1];
      let first = np.from;
      while (view.entityAt[first] !== person) first++;
      // The name itself, not a description the entity stage tied to someone ("a Senator from Colorado").
      if (view.kindAt[first] === 'nominal' || view.kindAt[first] === 'pronoun') return;
      const own = first > np.from ? findRole(view, np.from, first - 1) : undefined;
      // "from" only after a seat's title ("Senator Bernie Sanders from Vermont"): "Leslie Meyers from South
      // Park" may name a show, "expelled Tom Hale from Peru" a move.
      if (word === 'from' && !(own && SEATS.has(own.noun.replace(/s$/, '')))) return;
      // "…of Nigeria and Patrice Talon of Benin": the list's title, when this name follows the last place.
      const listed = !own && listEnd >= 0 && (i === listEnd + 1 || (i === listEnd + 2 && before?.kind === 'CONJ'));
      const titled = own && ownTitle(view, np.from, first - 1, own) ? own : undefined;
      const role = own ? titled : listed ? listTitle : undefined;
      const rel = relation(role);
      // "on Sunday Presidents Muhammadu Buhari of Nigeria": a day the chunk took in is no part of the title.
      let textFrom = np.from;
      while (textFrom < first && CALENDAR.has(view.toks[textFrom].normal)) textFrom++;
      if (rel)
        out.push({
          subject: person,
          object: place,
          predicate: { type: rel.type, lemma: rel.lemma, text: view.slice(textFrom, ch[i + 2].to) },
          confidence: 0.7,
          from: np.from,
          to: ch[i + 2].to,
        });
      listTitle = role;
      listEnd = i + 2;
    });
    return out;
  },
};
