// Numbers and dashes that belong to a name, so that name-spans.ts does not cut it there:
//   "COVID-19", "MH-17", "SARS-CoV-2": a number hyphened onto a name word;
//   "Apollo–Soyuz": an en dash between two capitalised words (as a hyphen does in "Rolls-Royce"; so do a short
//   lower-case word and two hyphens: "Port-au-Prince"), but not
//   between two countries or their peoples ("Turkish-Libyan agreement", "U.S.-Mexico border");
//   "Boeing 737 MAX", "Channel 4 News": a number between two name words;
//   "Symphony No. 9", "Railway No. 10 Engineering Group": a number sign and its number inside or after a name;
//   "San Francisco 49ers": a team's plural of a number after a name;
//   "Falcon 9", "Flight 8501", "Chapter 11": a number right after the name (a model, a route, a designation),
//   unless it counts or measures what follows ("Wynnum 45 points", "47 percent") or a score list goes on
//   ("Noosa 32 Caloundra 20");
//   "World War II", "Apollo XI", "Vatican II": a Roman numeral of two letters or more right after the name
//   (compromise reads it as a value); "I" alone is the pronoun, joined only after an event word when no verb or
//   adverb follows it ("World War I veterans", not "after the Korean War I moved");
//   "a 60 Minutes interview", "on 48 Hours": a number before a capitalised span of time opens the name, as a model
//   number before its name word and a vehicle noun does ("a 737 Max jet") (numberOpener).
import type { Token } from '../../tokens.js';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../lexicon/countries.js';
import { DEMONYMS, GROUP_NOUNS } from '../lexicon/demonyms.js';
import { has, lower, quiet } from './name-tokens.js';
import { EVENT_HEADS } from '../lexicon/org-words.js';
import { VEHICLE_HEADS } from '../lexicon/work-words.js';
import { aloneTags } from '../../common-word.js';

/** Dashes written inside one word: hyphen, en dash, Unicode hyphen. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '‐']);
// II to LXXXIX: the numerals of wars, missions, councils, monarchs and yearly finals ("Super Bowl LIV"); one
// letter is a pronoun or an initial.
/** A year as news writes one, 1900 to 2099: it dates an edition ("World Cup 2018"), a model or a law. */
export const YEAR = /^(?:19|20)\d\d$/;
export const ROMAN_NUMERAL = /^(?=[IVXL]{2,}$)(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const number = (t: Token | undefined, digits: number) =>
  !!t && new RegExp(`^\\d{1,${digits}}$`).test(t.text) && !t.tags.has('Percent');
// A person's or a place's name followed by a number is a count or a score ("Trump 50", "Paris 13 people").
const NOT_BEFORE_NUMBER = ['Place', 'Person', 'FirstName', 'LastName', 'Date', 'Month', 'WeekDay'];
// Shares and rates are written after a number as singular words the lexicon does not tag as units.
const PER = new Set(['percent', 'per', 'percentage', 'pc']);
/** Words before a model number ("a 737 Max jet", "its 737 MAX planes"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);
// Words between the two numbers of a range.
const RANGE = new Set(['or', 'to']);

// "Turkish-Libyan", "U.S.-Mexico", "Russia–Ukraine": two countries or their peoples, a relation between them.
const country = (t: Token) =>
  COUNTRY_NAMES.has(lower(t)) ||
  COUNTRY_ABBREVIATIONS.has(lower(t).replace(/\./g, '')) ||
  DEMONYMS.has(lower(t)) ||
  GROUP_NOUNS.has(lower(t));

/** `a` and `b` are written as one word across a dash: "Apollo–Soyuz", "COVID-19" (not "Turkish-Libyan"); two
 * countries or peoples only inside a longer name, before a capitalised word of it (`after`): "the Iran–Iraq War",
 * "Italian-Thai Development", "the US-China Business Council" (not "the U.S.-Mexico border"). */
export function dashed(a: Token, b: Token | undefined, after?: Token): boolean {
  return (
    DASHES.has(a.post) &&
    !!b &&
    !b.pre &&
    (/^\p{Lu}/u.test(b.text) || /^\d[\p{L}\d]*$/u.test(b.text)) &&
    (!(country(a) && country(b)) || nameWordAfter(b, after))
  );
}

const nameWordAfter = (b: Token, after: Token | undefined) =>
  quiet(b, after) && /^\p{Lu}\p{Ll}/u.test(after!.text) && !country(after!) && !has(after!, ['Pronoun', 'Determiner']);

/** "Port-au-Prince", "Stratford-upon-Avon", "Aix-en-Provence": a short lower-case word hyphened between two
 * capitalised words is part of one name. */
export const hyphenedParticle = (a: Token, t: Token | undefined, b: Token | undefined) =>
  DASHES.has(a.post) &&
  !!t &&
  !!b &&
  !t.pre &&
  !b.pre &&
  /^\p{Ll}{1,4}$/u.test(t.text) &&
  DASHES.has(t.post) &&
  /^\p{Lu}/u.test(b.text);

/** `a` is a number sign ("No.", "Nos.") and `b` its number: the sign's period ends no name. */
export const numberSign = (a: Token, b: Token | undefined) =>
  /^Nos?$/.test(a.text) && /^\.\s*$/.test(a.post) && number(b, 4) && !b?.pre;

/** How many tokens from `j` (the token after `run`) a dash or a number adds to the name; 0 if none. */
export function numberJoin(run: Token[], row: Token[], j: number, nameAt: (k: number) => boolean): number {
  const t = row[j];
  const prev = run[run.length - 1];
  // After a dash the next word may look clause-initial to name-tokens.ts: the dash joins it all the same.
  if (dashed(prev, t, row[j + 1])) return 1;
  // "Symphony No. 9", "China Railway No. 10 Engineering Group": the number after a name's number sign, and the
  // name words after it.
  if (run.length >= 2 && numberSign(prev, t))
    return quiet(t, row[j + 1]) && nameAt(j + 1) && !countsNext(row, j) ? 2 : 1;
  if (!quiet(prev, t)) return 0;
  // "the San Francisco 49ers", "the Philadelphia 76ers": a team called by the plural of a number.
  if (/^\d+ers$/.test(t.text)) return 1;
  // "House Bill 214", "Senate Bill 5": a bill's number (the parse may read "House" as a verb and leave "Bill" a
  // given name); not a count ("gave Bill 5 dollars").
  if (prev.text === 'Bill' && /^\d{1,5}$/.test(t.text) && !countsNext(row, j)) return 1;
  // Not before another name word: "XI Jinping" in a capitals headline is a name, not a numeral.
  if (ROMAN_NUMERAL.test(t.text) && !(quiet(t, row[j + 1]) && nameAt(j + 1))) return 1;
  if (t.text === 'I' && run.length >= 2 && EVENT_HEADS.has(prev.normal) && !/^['’]/.test(t.post)) {
    const next = quiet(t, row[j + 1]) ? row[j + 1] : undefined;
    return next && (nameAt(j + 1) || has(next, ['Verb', 'Adverb', 'Modal', 'Auxiliary', 'Copula'])) ? 0 : 1;
  }
  // ("HR 8799", "GJ 1214": letters in capitals before a catalogue number, which the parse may read as an
  // abbreviated unit of time, "hr", and tag a date.)
  const catalogue = /^\p{Lu}{2,4}$/u.test(prev.text) && !has(prev, ['Month', 'WeekDay', 'Place', 'Person']);
  if (has(prev, NOT_BEFORE_NUMBER) && !catalogue) return 0;
  const next = row[j + 1];
  // A number between two name words, not a score list ("Noosa 32 Caloundra 20").
  if (number(t, 3) && quiet(t, next) && nameAt(j + 1) && !(quiet(next, row[j + 2]) && number(row[j + 2], 3))) return 2;
  if (!number(t, 4) || DASHES.has(t.post)) return 0;
  // "Toronto Comicon 2019 welcomes fans": a year before a word that is also a verb in its -s form dates the
  // name; the parse took the verb for a plural the year counts.
  if (editionYear(t) && aloneTags(row[j + 1]?.normal ?? '')?.includes('PresentTense')) return 1;
  return countsNext(row, j) ? 0 : 1;
}

const editionYear = (t: Token) => YEAR.test(t.text) && t.tags.has('Year');

/** "45 points", "785 miles", "47 percent": the number at `j` counts or measures the word after it; so does
 * the first number of a range, "7 or 8 years", "10 to 12 miles" ("CentOS 7 or 8" stays two versions). */
export function countsNext(row: Token[], j: number): boolean {
  const t = row[j];
  const next = row[j + 1];
  if (t.tags.has('Percent')) return true;
  if (!quiet(t, next)) return false;
  if (RANGE.has(next.normal) && quiet(next, row[j + 2]) && number(row[j + 2], 4)) return countsNext(row, j + 2);
  return /^\p{Ll}/u.test(next.text) && (has(next, ['Plural', 'Unit', 'Value']) || PER.has(next.normal));
}

/**
 * "a 60 Minutes interview", "watched 48 Hours": a number of at most three digits right before a capitalised
 * span of time ("Minutes", "Hours") opens a name. A duration writes the word in lower case ("60 minutes"), so
 * the capital says the two words are a title; without this the name is the bare "Minutes". Not other plurals
 * ("5 Republicans" counts people), nor units, which have capitalised abbreviations ("a 10 Km race").
 */
export function numberOpener(row: Token[], i: number, nameAt: (k: number) => boolean): boolean {
  const t = row[i];
  const next = row[i + 1];
  if (!number(t, 4) || !quiet(t, next) || !nameAt(i + 1) || has(next, ['Month', 'WeekDay'])) return false;
  if (/^\p{Lu}\p{Ll}+$/u.test(next.text) && next.tags.has('Duration') && number(t, 3)) return true;
  // "a 737 Max jet", "its 737 MAX planes": a model number and its name word before a vehicle noun; not a year
  // ("the 2024 Olympics"), nor a count ("3 Toyota cars", "100 Tesla cars", "bought 250 Vellor cars": few digits,
  // a round number, a maker, no article or possessive before it).
  const head = row[i + 2];
  const determined = DETERMINERS.has(row[i - 1]?.normal ?? '');
  const model = determined && /^\d{3,4}$/.test(t.text) && !YEAR.test(t.text) && !/00$/.test(t.text);
  const maker = has(next, ['Organization', 'Person', 'Place']);
  if (!model || maker) return false;
  // ("two crashes of its 737 Max killed …": a model's name word in the singular, nothing after it in the name)
  const alone = !/s$/.test(next.normal) && !nameAt(i + 2) && !/^\d/.test(head?.text ?? '');
  const vehicle = (w: Token | undefined) => !!w && VEHICLE_HEADS.has(w.normal.replace(/s$/, ''));
  // ("its 737 Max 8200 jets": a variant's number between the name word and the vehicle noun)
  const variant = !!head && /^\d{1,4}$/.test(head.text) && quiet(head, row[i + 3]) && vehicle(row[i + 3]);
  return (quiet(next, head) && (vehicle(head) || variant)) || alone;
}
