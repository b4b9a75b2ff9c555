// What a noun-phrase chunk names: every entity inside it, the entity its head word names, and the entity
// in possessive position before the head ("Acme's chief executive" → possessor Acme).
import type { Token } from '../tokens.js';
import type { Chunk } from './chunks.js';
import { isAcronym } from '../entities/names/name-key.js';
import { pluralHeadNoun } from './plural-head-noun.js';
import { singularKindNoun } from './singular-kind-noun.js';
import { POSSESSIVE_DETERMINERS } from '../entities/lexicon/pronouns.js';
import { COMPASS_WORDS } from '../entities/lexicon/compass-words.js';
import { ORG_KINDS } from '../entities/lexicon/org-words.js';
import { POSTNOMINALS, partyTag } from '../entities/names/name-tokens.js';

/** Fills the noun-phrase fields of chunk `ch` over the sentence's tokens. */
export function nounPhrase(
  ch: Chunk,
  toks: Token[],
  entityAt: (string | undefined)[],
  possessive: (i: number) => boolean,
  cls?: readonly string[],
): Chunk {
  for (let k = ch.from; k <= ch.to; k++) {
    const e = entityAt[k];
    if (e && !ch.entities.includes(e)) ch.entities.push(e);
    if (e && possessive(k) && k < ch.to) ch.possessor = e;
  }
  // The head is the last noun: trailing adjectives ("semiconductors essential") do not head the phrase; nor
  // does a word tagged only as a verb, unless it is a noun the parse took for a verb ("the Republican
  // delegates from Ohio are", "an Airbus A320 jet").
  let h = ch.to;
  const headable = (k: number) =>
    toks[k].tags.has('Noun') ||
    toks[k].tags.has('Pronoun') ||
    (!!cls && pluralHeadNoun(toks, cls, k)) ||
    singularKindNoun(toks, entityAt, k);
  // ("Rep. Ann Cole (D-Ohio)": a party's tag in brackets after the name is an aside, no head; so are a barrister's
  // letters, "Simon Aldridge KC".)
  const aside = (t: Token) => (t.pre === '(' && partyTag(t, undefined)) || POSTNOMINALS.has(t.text);
  if (h > ch.from && !entityAt[h] && entityAt[h - 1] && aside(toks[h])) h--;
  while (h > ch.from && !entityAt[h] && !headable(h)) h--;
  // "was elected to his first of two terms": a possessive word with more of its phrase after it owns the
  // head, which the parse left without a noun tag ("first"); the owner is no head ("her" may be an object
  // before an adverb: "thanked her first").
  if (h < ch.to && POSSESSIVE_DETERMINERS.has(toks[h].normal)) {
    ch.headWord = toks[ch.to].normal;
    return ch;
  }
  // "met Ann Cole's rival, Bob Lee": so does a named possessor before a lower-case word the parse tagged an
  // adjective ("rival"), or before a number that stands for its noun ("31 votes to Riyadh's 14"); the name owns
  // the head, it is not the head. (A part of a place, "invades Syria's northeast", stands for the place.)
  const last = toks[ch.to];
  if (
    h < ch.to &&
    entityAt[h] &&
    possessive(h) &&
    /['’]s?$/u.test(toks[h].text) &&
    (/^\p{Ll}/u.test(last.text) || /^\d[\d.,]*%?$/.test(last.text)) &&
    !entityAt[ch.to] &&
    !COMPASS_WORDS.has(last.normal)
  ) {
    ch.headWord = toks[ch.to].normal;
    return ch;
  }
  // "the Parliament of Ontario (ON)": an acronym in brackets naming a name inside the phrase before it
  // glosses that name; the phrase heads.
  const gloss = entityAt[h] && entityAt[h - 1] && entityAt[h] !== entityAt[h - 1];
  if (h > ch.from && gloss && isAcronym(toks[h].text) && /\(\s*$/.test(toks[h - 1].post + toks[h].pre)) h--;
  // "the Atlantic Council think tank": the kind of body after a name stands for the named body.
  if (h - 2 >= ch.from && /^tanks?$/.test(toks[h].normal) && toks[h - 1].normal === 'think' && entityAt[h - 2]) h -= 2;
  // "The Pheu Thai party said", "the NATO alliance": a kind of body in lower case after an organisation's name.
  const named = entityAt[h - 1];
  // (The kind word may be a topic of its own elsewhere: "the union had always believed …".)
  const free = !entityAt[h] || entityAt[h]!.startsWith('concept:');
  if (h - 1 >= ch.from && free && named?.startsWith('organization:') && BODY_KINDS.has(toks[h].normal)) h--;
  ch.head = entityAt[h];
  ch.headWord = toks[h].normal;
  // "Musk's personal Tesla convertible": a name between an adjective and a lower-case word the tagger read
  // as an adjective names a kind of thing, not the thing ("the COVID-19 pandemic", "Sudan's Constitution
  // prior to" keep theirs).
  let start = h;
  while (start > ch.from && entityAt[start - 1] === ch.head) start--;
  const before = toks[start - 1];
  const modified =
    start > ch.from && !entityAt[start - 1] && before.tags.has('Adjective') && !before.tags.has('Determiner');
  if (ch.head && h < ch.to && modified && /^\p{Ll}/u.test(toks[ch.to].text) && !entityAt[ch.to]) ch.head = undefined;
  if (ch.head && kindAfterName(ch, toks, entityAt, h)) ch.head = undefined;
  if (ch.head && ch.head === ch.possessor) ch.possessor = undefined;
  return ch;
}

/** Kinds of body written in lower case after the body's name ("the Labour party", "the Acme company"). */
const BODY_KINDS: ReadonlySet<string> = new Set([...ORG_KINDS, 'movement', 'alliance', 'coalition', 'bloc']);

/** Adjectives that do follow their noun without a complement ("the United States alone", "the Acme board
 * present"). */
const POSTPOSED = new Set([
  'alone',
  'present',
  'elect',
  'general',
  'combined',
  'itself',
  'concerned',
  'involved',
  'online',
]);
/** A disease's pandemic or epidemic is the disease's spread: "the COVID-19 pandemic" stands for COVID-19. */
const SPREAD = new Set(['pandemic', 'epidemic']);
/** Prepositions opening an adjective's complement ("semiconductors essential to", "firms responsible for"). */
const COMPLEMENT_PREPS = new Set(['to', 'for', 'of']);

/** "the Republican primary", "a 2020 Democratic presidential primary": after a determiner or a year, a name
 * followed only by lower-case words the tagger read as adjectives modifies the noun those words end on (the
 * tagger has no noun sense for "primary"); the phrase names a kind of thing, not the name. An adjective with
 * a complement ("semiconductors essential to the war") does follow its noun. */
function kindAfterName(ch: Chunk, toks: Token[], entityAt: (string | undefined)[], h: number): boolean {
  if (h >= ch.to || entityAt[ch.to] || !/^\p{Lu}/u.test(toks[h].text) || SPREAD.has(toks[ch.to].normal)) return false;
  const first = toks[ch.from];
  if (!(first.tags.has('Determiner') || first.tags.has('Year')) || entityAt[ch.from]) return false;
  for (let k = h + 1; k <= ch.to; k++) {
    const t = toks[k];
    // ("reached the Bahamas earlier today": a comparative is an adverb of time)
    const comparative = t.tags.has('Comparative') || t.tags.has('Superlative');
    if (!/^\p{Ll}/u.test(t.text) || !t.tags.has('Adjective') || comparative || POSTPOSED.has(t.normal)) return false;
  }
  return !COMPLEMENT_PREPS.has(toks[ch.to + 1]?.normal ?? '');
}
