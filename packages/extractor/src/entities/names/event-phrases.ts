// Noun phrases headed by a word of lexicon/event-heads.ts, read with what modifies the head: "missile strike",
// "an Iraqi air base", "Cairo summit" (a place or organisation name before it), "the Turkish-Libyan maritime
// border agreement". grouping/unnamed-events.ts decides which of them name a node and which refer back to one.
import type { Token } from '../../tokens.js';
import { NOT_MODIFIERS, UNNAMED_HEADS } from '../lexicon/event-heads.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { FUNCTION_WORDS } from './name-tokens.js';

export interface EventPhrase {
  /** The head noun and the modifiers before it (a name before it whole), in text order. */
  head: Token;
  modifiers: Token[];
  /** The year written right before the modifiers ("the 2020 Wisconsin election"): part of its name. */
  year?: Token;
  /** The numbers written before the head, but for days of a month ("magnitude 6.3", "2015"). */
  numbers: string[];
  /** No article, possessive, name or year before it ("are still paper base"): no thing in particular, but
   * in a headline, which drops articles. */
  bare: boolean;
  /** Lower-case keys of the modifiers that say what kind of thing it is (dates and numbers left out). */
  words: string[];
  /** Said to be another one than one before it: "a previous ruling", "another strike", "a similar fire". */
  other: boolean;
  /** Written with "the", "this" or "that" right before it. */
  definite: boolean;
  /** Written with "a" or "an": a new one, unless only a headline named it before. */
  indefinite: boolean;
  /** Start of the whole noun phrase, its article included ("the November 27 maritime border agreement"). */
  from: number;
  start: number;
  end: number;
}

const DEFINITE = new Set(['the', 'this', 'that']);
const INDEFINITE = new Set(['a', 'an']);
const ANY = new Set(['each', 'every', 'any', 'no', 'all', 'some', 'either', 'neither']);
const OTHER = new Set(
  'another other previous prior earlier similar separate second past next last following'.split(' '),
);
const RELATIVES = new Set(['that', 'which', 'who', 'where', 'when']);
/** Words after the head that say which one is meant ("the agreement on sending soldiers"): another thing. */
const SPECIFIERS = new Set(['of', 'on', 'for', 'about', 'to', 'against', 'over', 'with']);

/** Nothing but a space or a hyphen between two tokens (no quotation mark, comma or bracket). */
const joined = (a: Token, b: Token) => (/^\s*$/.test(a.post) || a.post === '-') && !/\S/.test(b.pre);
/** "Iraqi", "Turkish" in "Turkish-Libyan": capitalised and a demonym. */
export const demonym = (t: Token) => /^\p{Lu}/u.test(t.text) && (t.tags.has('Demonym') || DEMONYMS.has(t.normal));
const lowerWord = (t: Token) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text);
const isDateWord = (t: Token) =>
  t.tags.has('Value') || t.tags.has('Date') || t.tags.has('Month') || /^\d/.test(t.text) || NOT_MODIFIERS.has(t.normal);

/** Verbs a headline writes before the deal, vote or talks they make, open or end: "reach deal", "sign pact",
 * "approve budget", "end merger talks", "resume talks". */
const DEAL_VERBS = new Set(
  `reach reaches agree agrees sign signs seal seals clinch clinches strike strikes approve approves reject rejects
  end ends open opens begin begins resume resumes hold holds start starts halt halts suspend suspends`.split(/\s+/),
);

/** A lower-case noun (or a gerund used as one: "parking") that can say what kind of thing the head is. */
function nounModifier(t: Token, before: Token | undefined): boolean {
  // "Drone strike kills two": a sentence's first word is capitalised whatever it is.
  const first = t.pos === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.tags.has('ProperNoun');
  if (!(lowerWord(t) || first) || FUNCTION_WORDS.has(t.normal) || t.tags.has('Pronoun') || t.tags.has('Plural'))
    return false;
  if (t.tags.has('Gerund'))
    return !before || before.tags.has('Determiner') || before.tags.has('Preposition') || before.tags.has('Adjective');
  // "Union and carmaker reach deal", "Nissan and Honda end merger talks": in a headline, a verb that makes or
  // ends a deal, after a lower-case noun or a name, is the headline's verb, never the kind of deal ("trade deal",
  // "apartment block fire" keep theirs).
  const subject = !!before && (lowerWord(before) || /^\p{Lu}/u.test(before.text));
  const headlineVerb = t.sentence === 0 && subject && DEAL_VERBS.has(t.normal);
  return t.tags.has('Noun') && !t.tags.has('Verb') && !t.tags.has('Adjective') && !headlineVerb;
}

/**
 * The event phrase headed at row[k], or undefined. `nameBefore(i)` gives the first token index of a place or
 * organisation name ending at token i, if there is one ("Cairo" before "summit").
 */
/** Wires' abbreviated magnitudes after a number ("620 mln euro", "5 bln dollar"). */
const MAGNITUDES = new Set(['mln', 'bln', 'bn', 'mn', 'trln', 'tn']);

export function eventPhraseAt(
  row: Token[],
  k: number,
  nameBefore: (i: number) => number | undefined,
): EventPhrase | undefined {
  const head = row[k];
  const next = row[k + 1];
  // "the COVID-19 pandemic on Monday": the parse may tag a head that is also an adjective so; before no
  // noun, it is the noun.
  const nounHead =
    head.tags.has('Noun') || (head.tags.has('Adjective') && !(next && joined(head, next) && next.tags.has('Noun')));
  if (!UNNAMED_HEADS.has(head.normal) || !lowerWord(head) || !nounHead) return undefined;
  // "strike force", "fire department": the head word modifies a noun after it.
  if (next && joined(head, next) && lowerWord(next) && next.tags.has('Noun') && !next.tags.has('Verb'))
    return undefined;
  const mods: Token[] = [];
  let j = k - 1;
  // "skill-building" is one word: no building.
  while (j >= 0 && joined(row[j], row[j + 1]) && !(j === k - 1 && row[j].post === '-')) {
    const t = row[j];
    const nameStart = nameBefore(t.i);
    if (nameStart !== undefined) {
      const from = nameStart - row[0].i;
      mods.unshift(...row.slice(from, j + 1));
      j = from - 1;
      continue;
    }
    // "a 5.5 billion dollar plant", "a 300 megawatt plant": a unit after a number measures it, says no kind.
    // ("a 620 mln euro deal": so after a wire's abbreviated magnitude.)
    const measure =
      !!row[j - 1] &&
      (row[j - 1].tags.has('Value') || /\d$/.test(row[j - 1].text) || MAGNITUDES.has(row[j - 1].normal));
    // ("after accepting pay deal": a gerund after a preposition and before another modifier is the verb whose
    // object the phrase is; "in voting rights" keeps its kind.)
    const verbing = t.tags.has('Gerund') && mods.length > 0 && !!row[j - 1]?.tags.has('Preposition');
    const fits =
      demonym(t) ||
      (nounModifier(t, row[j - 1]) && !measure && !verbing) ||
      (lowerWord(t) && t.tags.has('Adjective') && !FUNCTION_WORDS.has(t.normal) && !t.tags.has('Preposition')) ||
      (isDateWord(t) && !t.tags.has('Pronoun'));
    if (!fits) {
      // "Escape room fire", "arms deal": the compound goes on before the words read; where it starts is unknown.
      if (openCompound(t)) return undefined;
      break;
    }
    mods.unshift(t);
    j--;
  }
  const det = row[row.indexOf(mods[0] ?? head) - 1];
  // "the 5.0 earthquake" is not "the magnitude 6.3 earthquake", nor "the 2015 election" the 2019 one.
  const numbers = mods.filter((t, n) => /^\d/.test(t.text) && !mods[n - 1]?.tags.has('Month')).map((t) => t.text);
  // Leading adjectives and dates do not say what kind of thing it is ("a deadly missile strike", "2019 talks").
  // "another strike", "the next election", "each election": not one in particular, or another one.
  const other = mods.some((t) => OTHER.has(t.normal)) || (!!det && (OTHER.has(det.normal) || ANY.has(det.normal)));
  let year: Token | undefined;
  while (mods.length && !kindWord(mods[0]))
    year = /^(1[89]|20)\d\d$/.test(mods[0].text) ? mods.shift() : (mods.shift(), undefined);
  const words = mods.filter((t) => !isDateWord(t) || (/^\d/.test(t.text) && !t.tags.has('Date'))).map((t) => t.normal);
  const first = mods[0];
  const named =
    !!first && (demonym(first) || first.tags.has('ProperNoun') || (first.pos > 0 && /^\p{Lu}/u.test(first.text)));
  const determined = !!det && (det.tags.has('Determiner') || det.tags.has('Possessive') || /['’]s?$/.test(det.text));
  return {
    head,
    modifiers: mods,
    numbers,
    bare: !determined && !named && !year,
    ...(year && mods.length ? { year } : {}),
    words,
    definite: !!det && DEFINITE.has(det.normal),
    indefinite: !!det && INDEFINITE.has(det.normal),
    other,
    from: det && (DEFINITE.has(det.normal) || INDEFINITE.has(det.normal)) ? det.start : (mods[0] ?? head).start,
    start: (mods[0] ?? head).start,
    end: head.end,
  };
}

/** A word that continues a compound though it cannot be read as a modifier: a sentence's capitalised first
 * word, or a plural noun. */
function openCompound(t: Token): boolean {
  if (['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Adverb'].some((x) => t.tags.has(x)))
    return false;
  return (
    (t.pos === 0 && /^\p{Lu}\p{Ll}/u.test(t.text) && !t.tags.has('ProperNoun')) ||
    (lowerWord(t) && t.tags.has('Noun') && t.tags.has('Plural'))
  );
}

/** A modifier that says what kind of thing the head is: a noun, a demonym or a name (not an adjective or date). */
function kindWord(t: Token): boolean {
  if (isDateWord(t)) return false;
  return !(t.tags.has('Adjective') && lowerWord(t));
}

/** Whether the phrase's head is followed by a word saying which one is meant ("the agreement on …"). */
export function specifiedAfter(row: Token[], p: EventPhrase): boolean {
  const next = row[p.head.pos + 1];
  if (!next || /[,;:.]/.test(p.head.post)) return false;
  // "the ruling permitting same-sex marriage", "the strike that killed two".
  // "that" before a noun is no relative pronoun: "an attack that day".
  const relative = RELATIVES.has(next.normal) && !(next.normal === 'that' && row[p.head.pos + 2]?.tags.has('Noun'));
  return SPECIFIERS.has(next.normal) || relative || next.tags.has('Gerund');
}
