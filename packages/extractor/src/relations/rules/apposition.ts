// Appositions naming a role: "China's leader, Xi Jinping," / "Xi Jinping, China's leader," / "the chief
// executive of Apple, Tim Cook" → person ROLE body; "Merkel's spokesperson, Steffen Seibert" → Seibert
// WORKS_FOR Merkel (a person can employ, not lead). Titles written before a name are title-compound's.
import type { Chunk } from '../chunks.js';
import { DEMONYMS } from '../../entities/lexicon/demonyms.js';
import { crossBorder } from '../cross-border.js';
import { possessedRole, roleBody, roleHeldIn, roleInBody } from '../role-noun.js';
import { nounPredicate } from '../predicate.js';
import { nounType } from '../vocabulary.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

/** Adverbs that date an apposed role without denying it. */
const TIME_ADVERBS = new Set(['then', 'formerly', 'previously', 'currently', 'now', 'later', 'once']);

const isPerson = (view: SentenceView, id: string | undefined) => !!id && view.types.get(id) === 'Person';

export const apposition: RelationRule = {
  name: 'apposition',
  descriptive: true,
  description: 'a person set beside a role phrase with commas holds that role in the body named with it',
  example: "China's leader, Xi Jinping, made several admissions.",
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    const add = (person: string, body: string, held: { type: string; noun: string }, from: number, to: number) => {
      if (!roleHeldIn(view, held, person, body)) return;
      const role = roleInBody(held, view.types.get(body));
      out.push({
        subject: person,
        object: body,
        predicate: { ...nounPredicate(role.noun, view.slice(from, to)), type: role.type },
        confidence: 0.85,
        from,
        to,
      });
    };
    // A role phrase that names anything besides its body names its own holder ("Ohio governor Liz Park"):
    // in "Bo Reyes, Ohio governor Liz Park, and …" it is the next item of a list, not an apposition.
    const roleWord = (k: number) => !!nounType(view.toks[k].normal) || view.toks[k].tags.has('Actor');
    // ("then-New Jersey Governor Chris Christie's deputy": a name inside the possessor's own title is his)
    const beforeOwner = (role: Chunk, body: string, e: string) =>
      role.possessor === body &&
      view.entityAt.findIndex((id, k) => id === e && k >= role.from) <
        view.entityAt.findIndex((id, k) => id === body && k >= role.from);
    const onlyBody = (role: Chunk, body: string) =>
      role.entities.every(
        (e) =>
          e === body ||
          beforeOwner(role, body, e) ||
          view.types.get(e) === 'Concept' ||
          view.entityAt.some((id, k) => id === e && k >= role.from && k <= role.to && roleWord(k)),
      );
    // Role phrase, then the person: "China's leader, Xi Jinping,", "the mayor of Oslo, Ann Berg, said". A
    // role phrase naming its own holder ("California governor Gavin Newsom, Trump …") is no apposition;
    // after an "of" body the person must close the apposition ("the mayor of Oslo, Ann Berg and Tom Hale"
    // may list three people).
    const roleFirst = (np: Chunk, i: number) => {
      // "the Spanish and Norwegian ministers, Ana Ruiz and Tom Hale": nationalities sharing one role noun
      // are paired with the names only by "respectively" (respective-roles), never the nearest one.
      if (ch[i - 1]?.kind === 'CONJ' && DEMONYMS.has(view.toks[ch[i - 1].from - 1]?.normal ?? '')) return;
      const { body, end } = roleBody(view, ch, i);
      const role = regional(view, end, possessedRole(view, np));
      const next = ch[end + 1];
      // ("the former governor of Illinois; Trump is …": a semicolon ends the phrase, it sets off no name)
      const comma = /,/.test(view.toks[ch[end].to].post);
      // ("According to his lawyer, Tom Hale died": after "according to" the role phrase is the source, and a name
      // its verb follows with no comma between opens the clause; it stands beside no role.)
      const fronted =
        ch[i - 1]?.kind === 'PREP' &&
        view.toks[ch[i - 1].from - 1]?.normal === 'according' &&
        !next?.breakAfter &&
        ch[end + 2]?.kind === 'VG';
      const closed = !fronted && (end === i || (comma && (next?.breakAfter || ch[end + 2]?.kind === 'VG')));
      if (role && body && onlyBody(np, body) && next?.kind === 'NP' && ch[end].breakAfter && isPerson(view, next.head))
        if (closed) add(next.head!, body, role, np.from, next.to);
    };
    const personAt = (j: number) => ch[j]?.kind === 'NP' && isPerson(view, ch[j].head);
    ch.forEach((np, i) => {
      if (np.kind !== 'NP') return;
      // (roleBody ends on the phrase itself or on an object two chunks on; only where a person follows a break
      // there is a role worth computing)
      const personNext =
        (np.breakAfter && personAt(i + 1)) || (ch[i + 1]?.kind === 'PREP' && ch[i + 2]?.breakAfter && personAt(i + 3));
      // ("Ann Cole, the mayor of Dorn, Tom Hale …": a role phrase set after one person is that person's; the
      // name after it is the next item or another phrase, unless the phrase is glossed as the next one's title)
      const heldBefore =
        ch[i - 1]?.kind === 'NP' && ch[i - 1].breakAfter && isPerson(view, ch[i - 1].head) && !titleOfNext(view, np.to);
      if (personNext && !heldBefore) roleFirst(np, i);
      if (!np.breakAfter) return;
      // Person, then the role phrase: "Xi Jinping, China's leader,"; a time adverb may date the role ("Ann
      // Cole, then the deputy director of Acme Corp,", "Tom Hale, formerly the head of …").
      const a = ch[i + 1]?.kind === 'ADV' && TIME_ADVERBS.has(view.toks[ch[i + 1].from].normal) ? i + 2 : i + 1;
      const after = ch[a];
      // ("((Ann Cole)) My director, …": a transcript's speaker label is no apposition to the turn it opens.)
      const label = /\)\)/.test(view.toks[np.to].post);
      if (isPerson(view, np.head) && after?.kind === 'NP' && !label) {
        const b = roleBody(view, ch, a);
        const r = regional(view, b.end, possessedRole(view, after));
        if (r && b.body && onlyBody(after, b.body) && !titleOfNext(view, ch[b.end].to))
          add(np.head!, b.body, r, np.from, ch[b.end].to);
      }
    });
    return out;
  },
};

/** "Nicola Sturgeon, Labour MP (Member of Parliament) Tom Watson, and …": a role phrase glossed in brackets
 * and then followed by a person's name is that person's title, the next item of a list. */
function titleOfNext(view: SentenceView, end: number): boolean {
  let close = end;
  if (/\(/.test(view.toks[end].post)) while (close < view.toks.length - 1 && !/\)/.test(view.toks[close].post)) close++;
  if (!/^\)\s*$/.test(view.toks[close].post)) return false;
  const next = view.entityAt[close + 1];
  return !!next && view.types.get(next) === 'Person';
}

/** "Matt Simister, Tesco's CEO for Central Europe,": a head of a body for one place heads only its branch there;
 * the person works for the body; so does the head of one of its fields ("Google's president of global affairs"). (The place may be one the article names no node for: "Central Europe".) So
 * does the head of a place's branch of a body spanning countries ("the director of Argentina's Amnesty
 * International"; "the head of Germany's Deutsche Bank" heads the bank). */
function regional<R extends { type: string }>(view: SentenceView, end: number, role: R | undefined): R | undefined {
  const np = view.chunks[end];
  const body = np.head;
  const branch =
    !!body &&
    !!np.possessor &&
    np.possessor !== body &&
    view.types.get(np.possessor) === 'Place' &&
    crossBorder(view, body, np.to);
  if (role?.type === 'LEADS' && branch) return { ...role, type: 'WORKS_FOR' };
  const [prep, place] = [view.chunks[end + 1], view.chunks[end + 2]];
  // ("Kent Walker, Google's president of global affairs,": the head of a field of the body works for it.)
  const field =
    prep?.kind === 'PREP' &&
    view.toks[prep.from].normal === 'of' &&
    !view.chunks[end].breakAfter &&
    place?.kind === 'NP' &&
    !place.head &&
    view.toks.slice(place.from, place.to + 1).every((t) => /^\p{Ll}/u.test(t.text));
  if (role?.type === 'LEADS' && field) return { ...role, type: 'WORKS_FOR' };
  if (prep?.kind !== 'PREP' || view.toks[prep.from].normal !== 'for' || view.chunks[end].breakAfter) return role;
  if (place?.kind !== 'NP') return role;
  const words = view.toks.slice(place.from, place.to + 1);
  const forPlace = place.head
    ? view.types.get(place.head) === 'Place'
    : words.every((t) => /^\p{Lu}/u.test(t.text)) && words.some((t) => t.tags.has('Place'));
  return role?.type === 'LEADS' && forPlace ? { ...role, type: 'WORKS_FOR' } : role;
}
