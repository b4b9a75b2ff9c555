// Finds a role noun ("leader", "chief executive", "spokeswoman") among a phrase's words and the
// relationship it implies between the person holding it and the body it belongs to.
import type { Chunk } from './chunks.js';
import { demonymBody } from './demonym-body.js';
import type { SentenceView } from './sentence-view.js';
import { OFFICE_TYPES, nounType, scientistNoun } from './vocabulary.js';
import { ADVISER_TITLES, PORTFOLIO_TITLES, TITLE_SUFFIXES, UNHELD_TITLE_SUFFIXES } from '../entities/lexicon/titles.js';
import { ORG_HEADS } from '../entities/lexicon/org-words.js';
import { commonAlone } from '../common-word.js';

const ROLE_TYPES = new Set([...OFFICE_TYPES, 'RELATIVE_OF']);

/** Titles that head the body they name; other LEADS nouns written before a name are ranks or posts
 * ("USCG Captain Ana Ruiz", "University coach Ben Hale") and give WORKS_FOR. */
const HEAD_TITLES = new Set([
  ...'leader head president chairman chairwoman chair ceo chief premier chancellor governor mayor king queen emir sultan emperor empress monarch'.split(
    ' ',
  ),
  ...['director', 'administrator', 'boss', 'director-general', 'prime minister', 'first minister'],
  ...['chief executive', 'general secretary'],
  ...['secretary-general', 'secretary general', 'head coach'],
]);
/** Words that make a role a subordinate one ("assistant coach", "deputy director"), or one over part of a
 * body ("the Senate minority leader" leads a party's members in the Senate, not the Senate). */
const SUBORDINATE = new Set(['assistant', 'deputy', 'vice', 'associate', 'minority', 'opposition']);
/** Titles a body gives many people at once: "a director of the commission" is one of its directors (a rank or
 * a board seat) and works for it; "the director of" heads it. */
const RANKS_WHEN_INDEFINITE = new Set(['director']);
/** Branches and functions of a body: a head title after one heads that branch, not the body ("El Paso's
 * police chief" works for the city; "Acme's marketing director" for Acme). Words naming the body itself
 * ("party leader", "club president", "state governor") are not branches. */
const BRANCHES = new Set(
  `police fire army navy military intelligence spy security marketing sales finance campaign health education
  defence defense communications press research engineering design technology operations transport legal
  medical science youth sporting sports`.split(/\s+/),
);
/** Fields a body's office serves: a head title after one heads that office ("the UN's humanitarian chief", "the
 * EU's foreign policy chief", "the bank's regional director"), and works for the body. */
const FIELDS = new Set(
  `humanitarian aid relief policy trade energy climate environment environmental economic budget tax fiscal
  monetary rights refugee refugees migration immigration border customs nuclear cyber technical creative
  regional emergency disaster agriculture water prisons antitrust competition`.split(/\s+/),
);

/** Professions a place does not employ: "a Toronto lawyer", "California lawyer Michael Avenatti", "United
 * States basketball player Kobe Bryant" say where they work or come from, not who employs them. */
const PRIVATE_ROLES = new Set(
  `lawyer player striker professor analyst economist engineer researcher scientist reporter correspondent editor
  executive employee consultant anthropologist epidemiologist virologist lecturer expert`.split(/\s+/),
);

/** Whether a role can tie its holder to a body of this type (a place employs officials, not lawyers). */
export function roleFitsBody(role: Role, bodyType: string | undefined): boolean {
  const noun = role.noun.replace(/s$/, '');
  return !(bodyType === 'Place' && (PRIVATE_ROLES.has(noun) || scientistNoun(noun)));
}

/** Whether `holder` holds `role` in `body` as a phrase set beside the holder says (apposition, copula-role):
 * another entity, a person only as an employee's body ("Merkel's spokesperson"), and a body that fits the role. */
export function roleHeldIn(view: SentenceView, role: Role, holder: string, body: string): boolean {
  const type = view.types.get(body);
  // A kin word ties two people, and only two people.
  if (role.type === 'RELATIVE_OF') return holder !== body && type === 'Person' && view.types.get(holder) === 'Person';
  return holder !== body && (type !== 'Person' || role.type === 'WORKS_FOR') && roleFitsBody(role, type);
}

/** Titles that head a place; a country's or a county's director, chairman or chief constable heads a body there
 * ("Northamptonshire's chief constable" leads its police) and works for the place, as a branch head does. */
const PLACE_HEAD_TITLES = new Set([
  ...'leader head president premier chancellor governor mayor king queen emir sultan emperor empress monarch'.split(
    ' ',
  ),
  ...['prime minister', 'first minister', 'chief minister', 'chief executive'],
]);

/** The role held in a body of this type: a title that heads no place gives WORKS_FOR a place. */
export function roleInBody(role: Role, bodyType: string | undefined): Role {
  const heads = PLACE_HEAD_TITLES.has(role.noun);
  return bodyType === 'Place' && role.type === 'LEADS' && !heads ? { ...role, type: 'WORKS_FOR' } : role;
}

/** The role as a title before a name: only heads-of titles lead. */
export function titleRole(role: Role): Role {
  return role.type === 'LEADS' && !HEAD_TITLES.has(role.noun) ? { ...role, type: 'WORKS_FOR' } : role;
}

export interface Role {
  type: string;
  noun: string;
}

/** The role named by the non-entity words of chunk positions [from, to], two-word roles first. */
export function findRole(view: SentenceView, from: number, to: number): Role | undefined {
  const words: string[] = [];
  const at: number[] = [];
  for (let k = from; k <= to; k++) {
    const t = view.toks[k];
    // Words inside a name count only when they are titles ("President" in "President Xi").
    const e = view.entityAt[k];
    // So do the words of a nominal mention ("the Governor General of Canada" refers to the person).
    const own = !e || view.types.get(e) === 'Concept' || view.kindAt[k] === 'nominal';
    if (!own && !t.tags.has('Actor') && !t.tags.has('Honorific')) continue;
    words.push(t.normal.replace(/['’]s$/, ''));
    at.push(k);
  }
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    for (const w of [two, words[i]]) {
      // "opposition leader Alexei Navalny" leads the opposition, not the country named with it.
      if (words[i - 1] === 'opposition') continue;
      // "the ZooMS expert", "a China expert": a name right before "expert" is its field, not its employer.
      if (w === 'expert' && view.entityAt[at[i] - 1]) continue;
      // "chief of staff" runs an office for someone else.
      if (w === 'chief' && words[i + 1] === 'of' && words[i + 2] === 'staff')
        return { type: 'WORKS_FOR', noun: 'chief of staff' };
      // "Chief Technical Officer", "chief financial officer": an officer of one field; only the chief
      // executive leads the body.
      if (w === 'chief' && words[i + 2] === 'officer' && words[i + 1] !== 'executive')
        return { type: 'WORKS_FOR', noun: `chief ${words[i + 1]} officer` };
      // "chief negotiator", "chief economist": "chief" before another word ranks that post; only the posts the
      // vocabulary knows whole ("chief executive", "chief minister") lead.
      if (w === 'chief' && words[i + 1] && !nounType(two) && /^\p{Ll}+$/u.test(words[i + 1]))
        return { type: 'WORKS_FOR', noun: `chief ${words[i + 1]}` };
      const type = w ? nounType(w) : undefined;
      // "the U.S. president-elect", "the minister-designate": a role not yet taken up is held nowhere.
      const lastAt = at[w === two ? i + 1 : i];
      if (type && view.toks[lastAt].post === '-' && UNHELD_TITLE_SUFFIXES.has(view.toks[lastAt + 1]?.normal ?? ''))
        return undefined;
      if (type && ROLE_TYPES.has(type)) {
        const under = SUBORDINATE.has(words[i - 1]) || BRANCHES.has(words[i - 1]) || FIELDS.has(words[i - 1]);
        const oneOfMany = RANKS_WHEN_INDEFINITE.has(w) && (words[0] === 'a' || words[0] === 'an');
        return { type: type === 'LEADS' && (under || oneOfMany) ? 'WORKS_FOR' : type, noun: w };
      }
    }
  }
  return undefined;
}

/** Role of a whole noun phrase chunk. */
export const chunkRole = (view: SentenceView, np: Chunk): Role | undefined => findRole(view, np.from, np.to);

/** "the Information Minister", "Health Secretary Ann Lowe": a one-word name (not a place) right before a
 * minister's title is the portfolio, not the body the minister works for; so is a name of common words that
 * no organisation word ends ("National Security Adviser John Bolton"). `k` is the name's last token. */
export function portfolioName(view: SentenceView, k: number): boolean {
  const id = view.entityAt[k];
  const title = view.toks[k + 1];
  let from = k;
  while (id && view.entityAt[from - 1] === id) from--;
  const words = view.toks.slice(from, k + 1);
  const commonWords =
    words.length > 1 &&
    !ORG_HEADS.has(words[words.length - 1].normal) &&
    words.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && commonAlone(t.text));
  return (
    !!id &&
    (view.entityAt[k - 1] !== id || commonWords) &&
    view.entityAt[k + 1] !== id &&
    view.types.get(id) !== 'Place' &&
    !/^\p{Lu}{2,}$/u.test(view.toks[k].text) && // "NATO Secretary-General": an acronym is a body
    !!title &&
    (PORTFOLIO_TITLES.has(title.normal) || (commonWords && ADVISER_TITLES.has(title.normal))) &&
    // "NATO Secretary-General" is another title; "Security Advisor-designee" the same one.
    (!/^[-–]/.test(title.post) || TITLE_SUFFIXES.has(view.toks[k + 2]?.normal ?? ''))
  );
}

/** "the Republican senator", "Democratic lawmaker Ann Cole": a one-word name in a political adjective's form
 * (-ican, -atic, -ist, -ive) right before a lower-case noun says what kind of role it is, not whom the holder
 * works for ("Taliban spokesperson", "Arsenal coach" name bodies). */
export function adjectiveName(view: SentenceView, k: number): boolean {
  const id = view.entityAt[k];
  const next = view.toks[k + 1];
  return (
    !!id &&
    view.entityAt[k - 1] !== id &&
    view.entityAt[k + 1] !== id &&
    /^\p{Lu}\p{Ll}+(?:ican|atic|ist|ive)$/u.test(view.toks[k].text) &&
    !!next &&
    /^\p{Ll}/u.test(next.text)
  );
}

const isBody = (view: SentenceView, id: string | undefined) =>
  !!id && ['Organization', 'Place', 'Person'].includes(view.types.get(id) ?? '');

/** "a professor at Oxford University", "a spokeswoman for Pell Group", "a lawyer for Tom Hale", "an official
 * from Peru": the prepositions that tie an employee (never a head: "the director of") to a body, and the
 * bodies each can tie to. */
const LOOSE_BODIES: Record<string, string[] | undefined> = {
  at: ['Organization'],
  with: ['Organization'],
  for: ['Organization', 'Person', 'Place'],
  from: ['Organization', 'Place'],
};

/** The body a role phrase belongs to: its possessor, an entity before the role word, an "of" object (or an
 * employee's "at/with/for/from" object), or the country of a nationality word. */
export function roleBody(view: SentenceView, chunks: Chunk[], i: number): { body?: string; end: number } {
  const np = chunks[i];
  const of = chunks[i + 1];
  if (of?.kind === 'PREP' && view.toks[of.from].normal === 'of' && chunks[i + 2]?.kind === 'NP' && !np.breakAfter) {
    const b = chunks[i + 2].head;
    if (isBody(view, b)) return { body: b, end: i + 2 };
  }
  if (isBody(view, np.possessor)) return { body: np.possessor, end: i };
  // "the Governor General of Canada", "President of France": a capitalised title keeps its "of" body inside
  // one phrase, which then ends on the body.
  let h = np.to;
  while (h > np.from && view.entityAt[h - 1] === np.head) h--;
  if (isBody(view, np.head) && view.entityAt[np.to] === np.head) {
    const of = view.toks[h - 1]?.normal === 'the' ? h - 2 : h - 1;
    const free = (k: number) => !view.entityAt[k] || view.kindAt[k] === 'nominal';
    if (of > np.from && view.toks[of].normal === 'of' && free(of - 1)) return { body: np.head, end: i };
  }
  const first = np.entities.find(
    (e) =>
      e !== np.head &&
      isBody(view, e) &&
      !view.entityAt.some(
        (id, k) => id === e && k >= np.from && k <= np.to && (portfolioName(view, k) || adjectiveName(view, k)),
      ),
  );
  if (first) return { body: first, end: i };
  // "the Italian foreign minister, Luigi Di Maio": a nationality names the body (a country the article names).
  for (let k = np.from; k <= np.to; k++) {
    const country = view.entityAt[k] ? undefined : demonymBody(view, k);
    if (country) return { body: country, end: i };
  }
  // (after a body or nationality named in the phrase itself: "a U.S. Senator from California" works for the
  // United States, "the South Sudanese minister for East African Affairs" for South Sudan)
  const loose = of?.kind === 'PREP' && !np.breakAfter ? LOOSE_BODIES[view.toks[of.from].normal] : undefined;
  if (loose && chunks[i + 2]?.kind === 'NP' && chunkRole(view, np)?.type === 'WORKS_FOR') {
    const b = chunks[i + 2].head;
    if (b && loose.includes(view.types.get(b) ?? '')) return { body: b, end: i + 2 };
  }
  return { end: i };
}

/** The role a phrase names; after a possessor, only the words it possesses ("German Chancellor Angela
 * Merkel's spokesperson" is a spokesperson, not a chancellor). */
export function possessedRole(view: SentenceView, np: Chunk): Role | undefined {
  if (!np.possessor) return chunkRole(view, np);
  let k = np.to;
  while (k > np.from && view.entityAt[k - 1] !== np.possessor) k--;
  return k > np.from ? findRole(view, k, np.to) : chunkRole(view, np);
}

/** The word before an "of" inside a noun phrase, neither in a name ("the president of Norland" → "president",
 * when the tagger reads "of" into the title and makes one phrase of it), if any. */
export function roleBeforeOf(view: SentenceView, np: Chunk): string | undefined {
  for (let k = np.from + 1; k < np.to; k++)
    if (view.toks[k].normal === 'of' && !view.entityAt[k] && !view.entityAt[k - 1]) return view.toks[k - 1].normal;
  return undefined;
}
