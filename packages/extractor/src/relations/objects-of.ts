// What a verb group's objects are: its direct object list (and a second object), then the objects of the
// prepositions that follow, with a gerund between preposition and object kept as `via`.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { isParticiple } from './is-participle.js';
import { npList } from './np-list.js';
import { ofObject } from './of-object.js';
import { PLACE_HEADS } from '../entities/lexicon/org-words.js';
import { relativeHead } from './reduced-relative.js';
import { OPINION_VERBS } from './verb-modality.js';
import { REQUEST_VERBS } from './requested-act.js';
import { nounType, verbType } from './vocabulary.js';

export interface PrepObject {
  prep: Chunk;
  nps: Chunk[];
  /** A gerund between preposition and object ("focused on developing AI"). */
  via?: Chunk;
}

export interface Objects {
  direct: Chunk[];
  preps: PrepObject[];
  /** Last chunk index used. */
  end: number;
}

/** A noun phrase of one time word and no entity ("yesterday", "Monday", "today"). */
const bareTime = (view: SentenceView, np: Chunk) =>
  np.from === np.to &&
  !np.entities.length &&
  view.toks[np.from].tags.has('Date') &&
  // ("described Day to the BBC": a capitalised word other than a weekday is a name; "day" alone is a noun)
  /^(?:[a-z]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/.test(view.toks[np.from].text) &&
  view.toks[np.from].normal !== 'day';

/** Verbs that take a clause besides those of saying, request and opinion. */
const CLAUSE_VERBS = new Set('know show find reveal confirm hear see expect hope fear learn realize ensure'.split(' '));
const takesClause = (lemma: string) =>
  verbType(lemma) === 'SAYS' || REQUEST_VERBS.has(lemma) || OPINION_VERBS.has(lemma) || CLAUSE_VERBS.has(lemma);

/** "recommended the troops in Iraq withdraw": after a verb that takes a clause, a phrase with its "in/of …"
 * modifiers, then a verb of its own (no lone participle or gerund, which describe it: "the graves of soldiers
 * killed"), opens a clause. Only there: elsewhere a verb tag after "attacked Biden during Democratic …" is more
 * often a noun the tagger misread ("debates"). */
function modifiedSubject(view: SentenceView, k: number, c: number): boolean {
  const ch = view.chunks;
  if (!takesClause(ch[c].lemma)) return false;
  let m = k;
  // ("reported three malls in Davao and Gaisano Mall in Digos were damaged": across "and" too)
  const link = (x: Chunk | undefined) =>
    x?.kind === 'PREP' || (x?.kind === 'CONJ' && view.toks[x.from].normal === 'and');
  while (link(ch[m + 1]) && ch[m + 2]?.kind === 'NP' && !ch[m].breakAfter && !ch[m + 1].breakAfter) m += 2;
  const v = ch[m + 1];
  return m > k && !ch[m].breakAfter && v?.kind === 'VG' && !v.gerund && (!v.participle || v.lemma === 'be');
}

/** The noun phrase at chunk k, with its "of/in …" phrases, is followed by a tensed verb of its own. */
export function opensClause(view: SentenceView, k: number): boolean {
  const ch = view.chunks;
  let m = k;
  while (ch[m + 1]?.kind === 'PREP' && ch[m + 2]?.kind === 'NP' && !ch[m].breakAfter && !ch[m + 1].breakAfter) m += 2;
  return ch[m + 1]?.kind === 'VG' && !!ch[m + 1].finite && !ch[m].breakAfter && !isParticiple(view, m + 1);
}

/** "acquired Austrian mortar and shell manufacturer Hirtenberger": a bare noun (no determiner, no name) joined
 * by "and" to a phrase that opens with a common noun before a name is a modifier shared with that noun
 * ("mortar and shell manufacturer"), not an object of its own. */
function sharedModifier(view: SentenceView, np: Chunk, next: Chunk): boolean {
  const t = view.toks;
  if (np.breakAfter || t[np.to + 1]?.normal !== 'and' || next.from !== np.to + 2 || !next.head) return false;
  const bare = t.slice(np.from, np.to + 1).every((x) => !x.tags.has('Determiner') && !x.tags.has('Possessive'));
  if (!bare || np.entities.some((e) => view.types.get(e) !== 'Concept')) return false;
  // The next phrase: a lower-case noun first, its name after it.
  let k = next.from + 1;
  while (k <= next.to && view.entityAt[k] !== next.head) k++;
  const first = t[next.from];
  return (
    k <= next.to && /^\p{Ll}/u.test(first.text) && first.tags.has('Noun') && view.types.get(next.head) !== 'Concept'
  );
}

/** Nouns that describe a person by a tie to someone else ("her counterpart", "his predecessor"). */
const PERSON_DESCRIPTIONS = new Set(
  'counterpart predecessor successor colleague rival opponent friend ally aide adviser advisor deputy'.split(' '),
);
const DESCRIBING_TYPES = new Set(['LEADS', 'WORKS_FOR', 'FOUNDED', 'RELATIVE_OF']);

/** "her Swedish counterpart, Tom Hale," at chunks [k, k + 1]: a description of a person with no name of its
 * own, then the person's name set off by a comma and closed (a comma, the sentence's end); the name's chunk. */
function apposedPerson(view: SentenceView, k: number): Chunk | undefined {
  const [np, name] = [view.chunks[k], view.chunks[k + 1]];
  // (a possessor may be named: "her" resolved, "Acme's founder"; the description may be a topic node of its own)
  const other = (e: string) => e !== np.possessor && view.types.get(e) !== 'Concept';
  if (np.kind !== 'NP' || np.entities.some(other) || !/^,\s*$/.test(view.toks[np.to].post)) return undefined;
  const head = np.headWord;
  if (!PERSON_DESCRIPTIONS.has(head) && !DESCRIBING_TYPES.has(nounType(head) ?? '')) return undefined;
  if (name?.kind !== 'NP' || !name.head || view.entityAt[name.to] !== name.head) return undefined;
  if (view.types.get(name.head) !== 'Person' || name.entities.length !== 1) return undefined;
  return name.to === view.toks.length - 1 || /^,/.test(view.toks[name.to].post) || /[.!?]/.test(view.toks[name.to].post)
    ? name
    : undefined;
}

/** Words for a place whose "of"-phrase names it ("the city of Dorn", "the country of Peru"). */
const PLACE_OF = new Set([...PLACE_HEADS, 'country', 'nation', 'capital', 'area', 'municipality']);

/**
 * "bought the rights of Beta Ltd": the parse may keep an "of"-phrase inside the object's phrase (tagging "of"
 * a noun); a thing of X's own is what the verb acts on, not X (of-object.ts reads the same for a separate
 * "of" phrase), unless the noun acts for X, names X's members or an act on X, or is a place word naming X.
 */
function thingOf(view: SentenceView, np: Chunk): boolean {
  const { toks, entityAt } = view;
  for (let k = np.from + 1; k < np.to; k++) {
    if (toks[k].normal !== 'of' || entityAt[k] || !np.head || entityAt[k + 1] !== np.head) continue;
    const noun = toks[k - 1];
    const named = entityAt[k - 1] && view.types.get(entityAt[k - 1]!) !== 'Concept';
    if (named || !/^\p{Ll}/u.test(noun.text)) return false;
    // ("is the president of France", "the founder of Acme Corp": a role or relation noun reaches its body.)
    return ofObject(noun.normal) === undefined && !PLACE_OF.has(noun.normal) && !nounType(noun.normal);
  }
  return false;
}

/** The objects of verb group c; a noun phrase with its own verb after it opens a complement clause instead. */
export function objectsOf(view: SentenceView, c: number): Objects {
  const ch = view.chunks;
  const out: Objects = { direct: [], preps: [], end: c };
  let k = c + 1;
  if (ch[c].breakAfter) return out;
  while (k < ch.length && ch[k].kind === 'ADV' && !ch[k - 1].breakAfter) k++;
  // "died yesterday in Juba", "met Monday with Ann Cole": a bare time word is when, not what.
  if (ch[k]?.kind === 'NP' && !ch[k].breakAfter && bareTime(view, ch[k])) k++;
  // A noun phrase followed by its own verb is the subject of a complement clause, not an object.
  if (
    ch[k]?.kind === 'NP' &&
    !(ch[k + 1]?.kind === 'VG' && !ch[k].breakAfter && !isParticiple(view, k + 1)) &&
    !modifiedSubject(view, k, c)
  ) {
    const list = npList(ch, k);
    out.direct = list.nps.filter(
      (np, i) => (!list.nps[i + 1] || !sharedModifier(view, np, list.nps[i + 1])) && !thingOf(view, np),
    );
    out.end = list.end;
    k = list.end + 1;
    // "met her Swedish counterpart, Tom Hale, in Oslo": the person named beside a description is the object.
    const named = list.nps.length === 1 ? apposedPerson(view, list.end) : undefined;
    if (named) {
      out.direct = [named];
      out.end = k;
      return out;
    }
    // A second object ("labeled China a country of concern"); after the person told, a phrase with a verb of
    // its own opens what was told ("told Ann Cole the plant in Ghent would close"): nothing after it is an object.
    if (!ch[list.end].breakAfter && ch[k]?.kind === 'NP' && opensClause(view, k)) return out;
    if (!ch[list.end].breakAfter && ch[k]?.kind === 'NP') {
      out.end = k;
      k++;
    }
  }
  while (k < ch.length && ch[k].kind === 'PREP' && !ch[k - 1].breakAfter) {
    let n = k + 1;
    let via: Chunk | undefined;
    if (ch[n]?.kind === 'VG' && ch[n].gerund && !ch[n].breakAfter) {
      via = ch[n];
      n++;
    }
    if (ch[n]?.kind !== 'NP') break;
    const list = npList(ch, n);
    // "to the firm Tom Hale founded": the name is a relative clause's subject (reduced-relative.ts).
    if (relativeHead(view, list.end)) break;
    out.preps.push({ prep: ch[k], nps: list.nps, via });
    out.end = list.end;
    k = list.end + 1;
    if (ch[list.end].breakAfter) break;
  }
  return out;
}
