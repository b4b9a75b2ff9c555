// Token-level tests for proper names: is this capitalised word part of a name, or capitalised only because it
// opens a clause, a heading or a list item? Used by name-spans.ts to build runs of name tokens.
import type { Token } from '../../tokens.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { cityPopulation, townName } from '../lexicon/world-cities.js';
import { CURRENCY_CODES } from '../lexicon/world-countries.js';
import { DEMONYMS, GROUP_NOUNS } from '../lexicon/demonyms.js';
import { givenName, lexiconName, lexiconTags } from '../../lexicon-tags.js';
import { isCap, lower } from './capitals.js';
import { EVENT_HEADS, ORG_HEADS } from '../lexicon/org-words.js';
import { aloneTags } from '../../common-word.js';

const STRONG = ['Person', 'Place', 'Organization', 'Acronym'];
export const KNOWN = ['Person', 'Place', 'Organization'];
const NOT_NAME = [
  'Pronoun',
  'Determiner',
  'Conjunction',
  'Preposition',
  'QuestionWord',
  'Value',
  'Adverb',
  'Gerund',
  'Modal',
  'Copula',
];
// Closed-class words: capitalised in headings or after a line break, never names.
export const FUNCTION_WORDS = new Set(
  'although though because unless whether when where why how what which who whom whose also just only even still however yet a an the in on at of for to from by with as and or but nor so yet if then than that this these those after before during since until while into onto over under about against between among through without within is are was were be been has have had do does did will would can could may might must shall should not no yes'.split(
    ' ',
  ),
);
/** Time zones and similar capitalised abbreviations that are never actors ("VIP" is a kind of guest, "OK" the
 * word okay). */
export const NOT_ENTITIES = new Set([
  'utc',
  'gmt',
  'est',
  'edt',
  'cst',
  'cdt',
  'pst',
  'pdt',
  'cet',
  'cest',
  'bst',
  'jst',
  'aest',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'vip',
  'vips',
  'ok',
]);
export const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
// "Pro-Beijing", "Anti-Communist", "Co-founder": a prefix joined by a hyphen makes an adjective or common noun.
export const PREFIXES: ReadonlySet<string> = new Set(['pro', 'anti', 'non', 'ex', 'co']);
// "Hong Kong-based", "Warhol-like": common words hyphened to a name make an adjective, not a longer name.
export const HYPHEN_SUFFIXES = new Set(
  'based owned born like led backed made run style era type wide level sized related linked funded friendly free only area class sponsored bound speaking'.split(
    ' ',
  ),
);
export const CONNECTORS = new Set(['of', 'for', '&', 'de', 'del', 'der', 'van', 'von', 'la', 'le', 'du', 'bin', 'al']);
// "Gabonese", "Brazilian", "Islamic", "Localist": adjective endings; before a lower-case noun such a word is
// an adjective ("the Gabonese team"), not a name.
export const ADJECTIVE_ENDING = /\p{Ll}(?:ese|ian|ean|ish|ic|ist)$/u;
const OPENERS = /[“"‘'([:—–]\s*$|\s-\s*$/;

// (isCap lives in capitals.ts; re-exported for the name finder's modules.)
export { isCap };
export const has = (t: Token, tags: string[]) => tags.some((x) => t.tags.has(x));
/** Nothing but spaces between `a` and `b` (no punctuation, no bracket): the two may be one name. */
export const quiet = (a: Token, b: Token | undefined) => !!b && !/\S/.test(a.post + b.pre);
export { lower } from './capitals.js';

/** "((Ann Lee)) They were …": a transcript's speaker label closes with two brackets and a turn begins. */
const afterSpeakerLabel = (prev: Token | undefined) => !!prev && /\)\)\s*$/.test(prev.post);

export function clauseInitial(t: Token, prev: Token | undefined): boolean {
  if (!prev) return true;
  // "[...] Ozone is": a token of bare punctuation (an elision, a dash) starts a new clause.
  if (/^[^\p{L}\p{N}&]+$/u.test(prev.text)) return true;
  // "a) Leaving …", "2) Refusing …": a list marker starts an item.
  if (/^[\p{L}\p{N}]{1,3}$/u.test(prev.text) && /^\)/.test(prev.post)) return true;
  if (afterSpeakerLabel(prev)) return true;
  // "the United States' Centers for …": the apostrophe of a plural possessive, not an opening quote.
  if (/s$/i.test(prev.text) && /^['’]\s+$/.test(prev.post) && !t.pre) return false;
  // "surveys[...] Following the …": text left out of a quotation; what follows may open a sentence.
  return OPENERS.test(prev.post + t.pre) || /[.!?…]["”’\]]?\s*$/.test(prev.post) || /\n/.test(prev.post);
}

/** Words written in lower case somewhere in the document: evidence they are common words. */
export function lowerCaseWords(bySentence: Token[][]): Set<string> {
  const out = new Set<string>();
  for (const row of bySentence) for (const t of row) if (/^\p{Ll}/u.test(t.text)) out.add(lower(t));
  return out;
}

/**
 * Tokens of lines that stand alone with no closing punctuation ("Election Results", a headline), where words
 * may be capitalised by style. A row may hold several lines.
 */
export function headingMask(row: Token[], text: string): boolean[] {
  const mask = row.map(() => false);
  let from = 0;
  for (let k = 0; k < row.length; k++) {
    const last = row[k];
    const lineEnd = /\n/.test(last.post) || last.end + last.post.length >= text.length;
    if (!lineEnd && k < row.length - 1) continue;
    const first = row[from];
    const lineStart = from > 0 || startsLine(text, first.start - first.pre.length);
    // Title case only: "EB Games store display" is a sentence-case caption, where capitals still mean names.
    const titleCase = row
      .slice(from, k + 1)
      .every((t) => isCap(t) || FUNCTION_WORDS.has(t.normal) || !/\p{L}/u.test(t.text));
    if (lineStart && lineEnd && titleCase && k - from < 12 && !/[.!?:;,"”’)]/.test(last.post))
      for (let n = from; n <= k; n++) mask[n] = true;
    from = k + 1;
  }
  return mask;
}

/** Only white space, with a line break in it, stands between `at` and the previous line (or the start). */
function startsLine(text: string, at: number): boolean {
  if (at === 0) return true;
  // Backwards over the white space only: scanning all of the text before each line would be quadratic.
  for (let k = at - 1; k >= 0 && /\s/.test(text[k]); k--) if (text[k] === '\n') return true;
  return false;
}

/** Capitals, or capitals joined by an ampersand ("PG&E", "S&P"). */
const ACRONYM_FORM = /^(?:\p{Lu}{2,}|\p{Lu}+&\p{Lu}+)$/u;

/**
 * "the World Health Organization (WHO)", "Pacific Gas and Electric (PG&E)": a word in capitals alone in brackets is an acronym, even one that
 * spells a function word. Elsewhere such a word may be emphasis ("UNLESS"), so only this form counts.
 */
export function bracketedAcronym(t: Token, prev: Token | undefined): boolean {
  return ACRONYM_FORM.test(t.text) && /\(\s*$/.test((prev?.post ?? '') + t.pre) && /^\)/.test(t.post);
}

/** "USD15", "GBP738", "USD 26.95": a currency code, alone or glued to its amount, is money, not a name. A code
 * only the countries' dataset knows counts glued to its amount ("SEK9"): alone, "AMD" or "TOP" may be a name. */
const currencyAmount = (t: Token) => {
  const [, code, amount] = /^([a-z]{3})([\d.,]*)$/.exec(t.normal) ?? [];
  if (!code || !/^\p{Lu}{3}/u.test(t.text)) return false;
  return lexiconTags(code).includes('Currency') || (/^\d/.test(amount) && CURRENCY_CODES.has(code.toUpperCase()));
};
const calendarWord = (t: Token) => CALENDAR.has(t.normal) || has(t, ['Month', 'WeekDay']);
/** "Super Tuesday", "Black Friday", "Good Friday": a weekday right after a capitalised word the lexicon reads as
 * an adjective names an occasion ("Ann Cole Tuesday said" is a date). */
const occasionDay = (t: Token, prev: Token | undefined) =>
  t.tags.has('WeekDay') &&
  !!prev &&
  /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
  !/\S/.test(prev.post) &&
  !has(prev, ['Person', 'FirstName', 'LastName', 'Place']) &&
  (aloneTags(prev.normal) ?? []).includes('Adjective');
/** "Theresa May", "Brian May": a month the parser reads as a person's name, right after a given name, is
 * a surname ("in May" stays a date). */
const surnameAfterGiven = (t: Token, prev: Token | undefined) =>
  t.tags.has('Person') &&
  !has(t, ['Date', 'Month', 'WeekDay']) &&
  !!prev &&
  isCap(prev) &&
  (prev.tags.has('FirstName') || givenName(prev.normal)) &&
  !/\S/.test(prev.post);

/** "according to the WHO": a function word in capitals after "the" is an acronym ("who" takes no article). */
const acronymAfterThe = (t: Token, prev: Token | undefined) =>
  /^\p{Lu}{2,}$/u.test(t.text) && prev?.normal === 'the' && !/\S/.test(prev.post);

/** "8:00 p.m. AST", "at 1922 UTC", "9:54 a.m. ET": an abbreviation ending in T right after a clock time is its
 * time zone, whichever zone it is. */
const timeZoneAfterClock = (t: Token, prev: Token | undefined) =>
  /^\p{Lu}{1,4}T$/u.test(t.text) &&
  !!prev &&
  !/\S/.test(prev.post) &&
  (/^[ap]\.?m\.?$/i.test(prev.text) || /^\d{1,2}[:.]\d{2}$/.test(prev.text) || /^[0-2]\d[0-5]\d$/.test(prev.text));

/** "the second century BC", "in 480 BC", "the 1st century AD": an era after a year or a century dates it
 * ("Vancouver, BC" is a province). */
const eraOfYear = (t: Token, prev: Token | undefined) =>
  /^(?:BC|BCE|AD|CE|B\.C\.?|A\.D\.?)$/.test(t.text) &&
  !!prev &&
  !/\S/.test(prev.post) &&
  (/^\d{1,4}s?$/.test(prev.text) || /^(?:century|centuries|millennium)$/.test(prev.normal));

/** "Zoomly said …": the parse guesses an adverb for a word in -ly it does not know; opening a clause, one the
 * text writes as a name mid-sentence is that name (as a guessed imperative is, below). */
const guessedAdverb = (t: Token, prev: Token | undefined, midWords?: Set<string>) =>
  t.tags.has('Adverb') &&
  NOT_NAME.filter((x) => t.tags.has(x)).length === 1 &&
  !lexiconTags(t.normal).length &&
  !!midWords?.has(lower(t)) &&
  clauseInitial(t, prev);

/** "Senior General Min Aung Hlaing": the parse guesses a gerund for a word in -ing it does not know; right after
 * a name word inside a sentence, with nothing between, such a word goes on with the name. */
const guessedGerund = (t: Token, prev: Token | undefined) =>
  t.tags.has('Gerund') &&
  !lexiconTags(t.normal).length &&
  !!prev &&
  isCap(prev) &&
  !FUNCTION_WORDS.has(prev.normal) &&
  quiet(prev, t) &&
  !clauseInitial(t, prev);

/** "World Anti-Doping Agency", "Non-Aligned Movement": a prefix hyphened to a capitalised common word (`row[k]` is
 * either) after a name word, or before an organisation word, is part of that name, while alone or before a
 * lower-case noun it makes an adjective or a common noun ("Pro-Beijing lawmakers", "Co-founder Ann Cole"). */
export function prefixedInName(row: Token[], k: number): boolean {
  const p = row[k].post === '-' && PREFIXES.has(row[k].normal) ? k : k - 1;
  const [prefix, word, before, after] = [row[p], row[p + 1], row[p - 1], row[p + 2]];
  if (!prefix || !word || prefix.post !== '-' || !PREFIXES.has(prefix.normal) || !isCap(prefix)) return false;
  // ("Pro-Beijing DAB", "Anti-Trump": a prefix before a name makes an adjective of it.)
  if (!isCap(word) || has(word, ['Place', 'Person'])) return false;
  const nameBefore =
    !!before &&
    isCap(before) &&
    quiet(before, prefix) &&
    !FUNCTION_WORDS.has(before.normal) &&
    !/['’]s?$/.test(before.text);
  return nameBefore || (quiet(word, after) && isCap(after) && ORG_HEADS.has(after.normal));
}

/** "Ding, who had struggled …, said": opening a clause, a word the text uses mid-sentence as a name, set off by a
 * comma, is that name (the parse's verb or gerund reading, an imperative, takes no comma after it). */
const namedAside = (t: Token, prev: Token | undefined, midWords?: Set<string>) =>
  !!midWords?.has(lower(t)) && clauseInitial(t, prev) && /^,/.test(t.post);

/**
 * `midWords`: lower-case words seen capitalised inside sentences, where capitals are informative.
 * `heading`: the token is in a heading line, where capitals are not.
 */

/** Tags the parse gives any capitalised word it takes for a name; a lexicon's name ("Golden State Warriors")
 * brings more (SportsTeam, City, FirstName …). */
const GUESSED = new Set(['Noun', 'ProperNoun', 'Singular', 'Plural', 'Actor', 'Person', 'Place', 'Organization']);

/** By itself the word is an adjective, a gerund or a past form, and no name nor town's name ("Striking",
 * "Grieving", "Exhausted"; not "Reading"), and the parse's name tags on it are its guess. */
function modifierAlone(t: Token): boolean {
  const alone = aloneTags(t.normal) ?? [];
  return (
    [...t.tags].every((x) => GUESSED.has(x)) &&
    ['Adjective', 'Gerund', 'PastTense'].some((x) => alone.includes(x)) &&
    !alone.some((x) => STRONG.includes(x)) &&
    !lexiconName(t.text) &&
    cityPopulation(t.text) === 0
  );
}

/** Letters a barrister writes after the name ("Simon Aldridge KC"): a rank, no word of the name. */
export const POSTNOMINALS: ReadonlySet<string> = new Set(['KC', 'QC']);

/** "Sen. Craig Holloway, R-Pa., said", "Rep. Ann Cole (D-Ohio)", "Ann Cole, D-Las Cruces,": a party's letter
 * hyphened onto a state or a town, set off after a lawmaker's name, is no name (nor the town's word after it,
 * inside the aside); the lawmaker speaks. `prev` undefined: only the token's shape is asked. */
export function partyTag(t: Token, prev: Token | undefined): boolean {
  if (!/^[DRI]-\p{Lu}\p{Ll}/u.test(t.text)) return false;
  return !prev || (/^[,(]/.test(prev.post.trim() || t.pre) && isCap(prev)) || t.pre === '(';
}

const SCALES = new Set(['celsius', 'fahrenheit', 'centigrade', 'kelvin']);
/** "36 Celsius", "97 degrees Fahrenheit": a temperature's scale after a number or "degrees", no name. */
const temperatureScale = (t: Token, prev: Token | undefined) =>
  SCALES.has(t.normal) && !!prev && (/^[-−]?\d/.test(prev.normal) || /^degrees?$/.test(prev.normal));

export function isNameToken(t: Token, prev: Token | undefined, midWords?: Set<string>, heading = false): boolean {
  if (
    !isCap(t) ||
    t.text.length > 40 ||
    (FUNCTION_WORDS.has(t.normal) && !surnameAfterGiven(t, prev) && !acronymAfterThe(t, prev)) ||
    NOT_ENTITIES.has(t.normal) ||
    /[$€£¥]/.test(t.text) ||
    currencyAmount(t)
  )
    return false;
  if (t.tags.has('Pronoun') || (calendarWord(t) && !surnameAfterGiven(t, prev) && !occasionDay(t, prev))) return false;
  if (timeZoneAfterClock(t, prev) || eraOfYear(t, prev) || temperatureScale(t, prev)) return false;
  if (partyTag(t, prev) || (!!prev && partyTag(prev, undefined) && !/[,)]/.test(prev.post))) return false;
  // "FIRST Global": a word in capitals is an acronym, whatever the word it spells.
  if (
    has(t, NOT_NAME) &&
    !has(t, KNOWN) &&
    !/^\p{Lu}{3,}$/u.test(t.text) &&
    !guessedAdverb(t, prev, midWords) &&
    !guessedGerund(t, prev) &&
    !namedAside(t, prev, midWords)
  )
    return false;
  // "Biden himself visited …": opening a sentence, a word the lexicon does not know may be parsed as an
  // imperative; one the text writes as a name mid-sentence is that name.
  // ("won the French Open a record 14 times": a kind word right after a name word ends that name, whatever the
  // parse makes of it before "a".)
  const kindAfterName = !!prev && isCap(prev) && !/\S/.test(prev.post) && EVENT_HEADS.has(t.normal);
  // ("the Green Left Alliance", "the New Right": mid-sentence, a capitalised "Left"/"Right" is a political side's
  // name, not the verb's past or an adjective.)
  const side = (t.normal === 'left' || t.normal === 'right') && !!prev && !clauseInitial(t, prev);
  if (
    t.tags.has('Verb') &&
    !t.tags.has('ProperNoun') &&
    !kindAfterName &&
    !side &&
    !guessedGerund(t, prev) &&
    !(midWords?.has(lower(t)) && !lexiconTags(t.normal).length && clauseInitial(t, prev)) &&
    !namedAside(t, prev, midWords)
  )
    return false;
  // "T-shirt", "X-ray", "U-turn": a single capital hyphened to a common word is a common noun.
  if (/^\p{Lu}-\p{Ll}+$/u.test(t.text)) return false;
  if ((t.post === '-' && PREFIXES.has(t.normal)) || (prev && prev.post === '-' && PREFIXES.has(prev.normal)))
    return false;
  // "Muslims are required …": a religious or ethnic group noun is a name wherever it stands; so is a
  // country's demonym ("Chinese authorities said …"), which split-run.ts keeps only where it names the state.
  const group = GROUP_NOUNS.has(lower(t).replace(/s$/, '')) || DEMONYMS.has(lower(t));
  // "((Ann Lee)) Thank you": the parse reads a transcript's speaker label and the first word of the turn as one
  // name; that word is strong only by what the lexicon knows of it.
  // ("SEATTLE (AP) — Striking Boeing workers …": after a dateline's dash the parse reads the clause's first word
  // as a capital mid-sentence, a name; a word that by itself is an adjective or a verb's form is strong only as
  // a sentence's first word would be. In brackets a capital is a gloss's: "IDEs [Integrated Development …]".)
  const strong = afterSpeakerLabel(prev)
    ? t.tags.has('Acronym') || lexiconName(t.text)
    : has(t, STRONG) && !(!!prev && /[—–]\s*$|\s-\s*$/.test(prev.post + t.pre) && modifierAlone(t));
  if (
    (heading || clauseInitial(t, prev)) &&
    !strong &&
    !(midWords && midWords.has(lower(t))) &&
    !COUNTRY_NAMES.has(lower(t)) &&
    !group
  )
    return false;
  return true;
}

/** "Tikhvin lost power": a clause-initial town's name that is no other word (lexicon/world-cities.ts) and that
 * the article never writes in lower case (`lowered`: "Union") is a name by itself; not after a quotation mark or
 * a bracket (a nickname, 'nicknamed "Ripley"'; a gloss, "the [Paramount] lot"). */
export function townOpener(t: Token, prev: Token | undefined, lowered: Set<string>): boolean {
  return clauseInitial(t, prev) && !/["“”‘’'[(]/.test(t.pre) && !lowered.has(lower(t)) && townName([t.text]);
}

/**
 * Capitalised words met away from a clause start: evidence that a word is a name wherever it appears.
 * `styled` gives the tokens capitalised only by a heading's style (see headingMask).
 */
export function midSentenceWords(bySentence: Token[][], styled: (row: Token[]) => boolean[]): Set<string> {
  const out = new Set<string>();
  for (const row of bySentence) {
    const heading = styled(row);
    for (let k = 1; k < row.length; k++)
      if (!heading[k] && isNameToken(row[k], row[k - 1]) && !clauseInitial(row[k], row[k - 1])) out.add(lower(row[k]));
  }
  return out;
}

export { isTitle } from './title-token.js';

/** "Saint" and its abbreviations: a name opening with one is a place or body named after a saint ("St. Louis",
 * "Saint Francis Hospital") or the saint, never an office before a person's name. */
export const SAINT = /^(?:Saint|St|Ste)$/;

/** A run ends after a token followed by punctuation (comma, quote, bracket, hyphen) or a possessive. */
export function endsRun(t: Token): boolean {
  // Only the written possessive ends a name: compromise tags every word of "New Zealand's" Possessive.
  if (/['’]s$/.test(t.text) || /\n/.test(t.post)) return true;
  // "L. Ron Hubbard": a full stop after a single capital is an initial, not a sentence end.
  // "St. Louis", "St. John's Episcopal Church": nor is one after the abbreviation of "Saint".
  const post = /^\p{Lu}$/u.test(t.text) || SAINT.test(t.text) ? t.post.replace(/^\./, '') : t.post;
  return /\S/.test(post);
}
