// One-word spans that are capitalised common nouns, not names of one entity:
//   "received his PhD": a degree's mixed-case abbreviation is a qualification, not a body;
//   "part XVII": a Roman numeral alone is a number; "Cyrus R. Vance, Jr.": a generational suffix after a comma
//   belongs to the name before it;
//   "a former Scientologist", "the Nationalists": an adherent of a creed or movement (-ologist, -alist, …);
//   "every New Zealander", "Icelanders", "the Dutchman": a person noun made from a country's name or adjective; "his fellow
//   Yekaterinburgers", "Londoners", "Parisians": one made from a large city's;
//   "Well, I stopped", "Um, yes": a word that opens a spoken turn (an interjection, or an adverb before a comma);
//   "a Chinese-American man", "African-Americans", "the Anglo-Australian miner": two origins or faiths (the first
//   may be a combining form, "Anglo-", "Sino-") joined by a hyphen describe people or things;
//   "the first Test": a common word after a lower-case ordinal counts one of many;
//   "Level" of "Level 4 restrictions": a rank word cut from its number is no name (with the number it is a
//   step on a scale, typing/scale-steps.ts);
//   "the Women's day", "Nobody showed me …", "[Children] were …": a word for people in general by sex, age or
//   number, or an indefinite pronoun, names no one even with a capital;
//   "thousands of Euros": a currency is a unit, not a thing (not "Euro 2020", a number after it), and so is
//   "46 degrees Celsius";
//   "Not from India, Maybe they …", "And, Whenever there is …", "Too Much": a word that by itself is an adverb,
//   conjunction, preposition, determiner or possessive ("Our") names nothing, wherever a careless capital puts it;
//   "vitamin D", "Her Majesty": a lone capital letter, a form of address;
//   "((WN)) How did you …": an abbreviation standing as a transcript's speaker label;
//   "a Jupiter-like gas giant": a name and a common word the parse keeps as one hyphened word is an adjective.
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { DEMONYMS, GROUP_NOUNS } from '../lexicon/demonyms.js';
import { lexiconName, lexiconTags } from '../../lexicon-tags.js';
import { aloneTags } from '../../common-word.js';
import { HYPHEN_SUFFIXES, has } from './name-tokens.js';
import type { NameSpan } from '../spans.js';
import type { Token } from '../../tokens.js';
import { SCALE_WORDS } from '../typing/scale-steps.js';
import { LARGE_CITY_POPULATION, cityPopulation } from '../lexicon/world-cities.js';

const cityPeople = (text: string) =>
  /^\p{Lu}\p{Ll}+(?:ers|ians)$/u.test(text) &&
  cityPopulation(text.replace(/(?:ers|ians)$/, '')) >= LARGE_CITY_POPULATION;

const PEOPLE = new Set(
  'women woman men man children child girl girls boy boys people person persons nobody somebody anybody everybody someone anyone everyone'.split(
    ' ',
  ),
);

const FUNCTIONAL = [
  'Adverb',
  'Conjunction',
  'Preposition',
  'Determiner',
  'Negative',
  'QuestionWord',
  'Pronoun',
  'Possessive',
];
const ADVERB_SUFFIX = /\p{L}{5,}(?:ally|ately|ously|ively|fully|edly|ingly)$/u;
const functional = (t: Token) =>
  /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
  // The lexicon's function words; the parse guesses an adverb for any word in -ly ("Geely"), so a guessed one
  // must be built like an adverb ("Unfortunately", "Constitutionally").
  (lexiconTags(t.text).some((x) => FUNCTIONAL.includes(x)) ||
    ((aloneTags(t.text) ?? []).includes('Adverb') && ADVERB_SUFFIX.test(t.text))) &&
  !lexiconName(t.text) &&
  !has(t, ['Person', 'Place', 'Acronym']);

const TEMPERATURE_SCALES = new Set(['Celsius', 'Fahrenheit', 'Kelvin', 'Centigrade']);
const ADDRESS = new Set(['Majesty', 'Highness', 'Excellency', 'Holiness', 'Lordship', 'Ladyship']);
const DEGREES = /^(?:Ph\.?D\.?|DPhil|MPhil|MSc|BSc|LLB|LLM|EdD)$/;
const ADHERENT = /\p{Ll}(?:olog|al|on|un|iv|ar|ic|ent|ian)ists?$/u;

/** The word opens the sentence, a quotation or a bracketed speaker's turn, or follows a transcript's bracketed
 * note ("[laughs] Um, what else?", "[pause] Well, I think …"; `prev` is the token before it). */
const afterNote = (prev?: Token) => /\]\s*$/.test(prev?.post ?? '');
const opensTurn = (t: Token, prev?: Token) => t.pos === 0 || /[“"()]\s*$/.test(t.pre) || afterNote(prev);

function interjection(span: NameSpan, prev?: Token): boolean {
  if (span.tokens.length !== 1) return false;
  const [t] = span.tokens;
  const tags = lexiconTags(t.text);
  // The parse also tags a name Expression from its context ("praised SpaceX: \"It's fun\""): an unknown
  // word is an interjection only where a turn opens (the sentence's or a quotation's first word).
  if (t.tags.has('Expression') && (tags.includes('Expression') || opensTurn(t, prev))) return true;
  // ("[laughs] Um, what else?": after a bracketed note the parse no longer reads the sound as one; a word the
  // lexicon does not know, set off by a comma there, is one.)
  if (/^,/.test(t.post) && !tags.length && afterNote(prev)) return true;
  return /^,/.test(t.post) && (tags.includes('Expression') || (tags.length === 1 && tags[0] === 'Adverb'));
}

/** "an Australian state", "the most populated Australian state", "another Chinese city": a demonym and a
 * state noun after an indefinite word or a superlative describe one of the country's parts, not its state
 * ("the Chinese government" is China). */
const ONE_OF = new Set(['a', 'an', 'another', 'each', 'every', 'any', 'one', 'no']);
function oneOfItsParts(span: NameSpan): boolean {
  const [before, last] = (span.wordsBefore ?? '').split(' ');
  if (!span.demonymOf || !last) return false;
  return (
    ONE_OF.has(last) || before === 'most' || before === 'least' || (/^\p{L}{3,}est$/u.test(last) && last !== 'west')
  );
}

const CONTINENTS = new Set(['african', 'asian', 'european', 'latin', 'hispanic', 'arab', 'native']);
const origin = (w: string) => DEMONYMS.has(w) || GROUP_NOUNS.has(w) || CONTINENTS.has(w);

/** Combining forms of origins that open a compound adjective ("Anglo-Dutch", "Franco-German", "Sino-Japanese"). */
const COMBINING_ORIGINS = new Set(
  'anglo franco sino indo russo greco graeco austro afro euro italo judeo judaeo hispano germano nippo turco luso serbo'.split(
    ' ',
  ),
);

function hyphenedOrigins(text: string): boolean {
  const m = /^(\p{L}+)-(\p{L}+?)s?$/u.exec(text.toLowerCase());
  return !!m && (origin(m[1]) || COMBINING_ORIGINS.has(m[1])) && origin(m[2]);
}

/** An ordinal in lower case or digits ("first", "21st"), as the parse tags it (ordinal-names.ts reads the tag too). */
const lowerOrdinal = (t: Token | undefined) => !!t && t.tags.has('Ordinal') && /^[\p{Ll}\d]/u.test(t.text);
/** A capitalised word the lexicon knows as a common word and as no name ("Test", "Match"). */
const commonCapital = (t: Token) =>
  /^\p{Lu}\p{Ll}+$/u.test(t.text) && lexiconTags(t.normal).length > 0 && !lexiconName(t.normal);

// The parse left the number after the span (`numberAfter`: "Level 4 restrictions" counts nothing either).
const cutScaleStep = (span: NameSpan) =>
  span.tokens.length === 1 && !!span.numberAfter && SCALE_WORDS.has(span.tokens[0].normal);

/** Lower-case words for a kind that a code sorts ("clade Ib", "strain XBB", "phase III"). */
const LABELLED_KINDS = new Set([...SCALE_WORDS, 'clade', 'strain', 'subtype', 'variant', 'lineage', 'serotype']);
/** "clade Ib", "strain XBB", "phase IIa": a short code (a Roman numeral and perhaps a letter, or capitals and
 * digits) right after such a word labels a kind of the thing; it names nothing by itself. */
const labelAfterKind = (span: NameSpan, prev?: Token) =>
  span.tokens.length === 1 &&
  !!prev &&
  /^\p{Ll}+$/u.test(prev.text) &&
  LABELLED_KINDS.has(prev.normal) &&
  !/\S/.test(prev.post) &&
  /^(?:[IVX]+[a-z]?|\p{Lu}{1,3}\d{0,3})$/u.test(span.text);

export function notAName(span: NameSpan, prev?: Token): boolean {
  const text = span.text;
  if (interjection(span, prev) || oneOfItsParts(span) || hyphenedOrigins(text) || cutScaleStep(span)) return true;
  if (span.tokens.length === 1 && /^(?:[IVX]{2,}|Jr|Sr|Jnr|Snr)$/.test(text.replace(/\.$/, ''))) return true;
  if (DEGREES.test(text)) return true;
  if (labelAfterKind(span, prev)) return true;
  // "vitamin D", "a plan A, B, C", "E. coli", "the inner B star": a lone capital letter is a label or an
  // initial; as a node it would join every such letter of every article.
  if (span.tokens.length === 1 && /^\p{Lu}\.?$/u.test(text)) return true;
  if (span.tokens.length === 1 && HYPHEN_SUFFIXES.has(/-(\p{Ll}+)$/u.exec(text)?.[1] ?? '')) return true;
  // "((WN)) How did you …": an abbreviation as a transcript's speaker label is an interviewer's initials; as a
  // node it would join every interview's label, whoever asked.
  if (
    span.tokens.length === 1 &&
    /^\p{Lu}{2,4}$/u.test(text) &&
    /\(\($/.test(span.tokens[0].pre) &&
    /^\)\)/.test(span.tokens[0].post)
  )
    return true;
  // "46 degrees Celsius": a temperature's scale after "degrees" is a unit.
  if (span.tokens.length === 1 && TEMPERATURE_SCALES.has(text) && /^degrees?$/.test(prev?.normal ?? '')) return true;
  // "the first Test", "his second Test": a common word capitalised by a sport's or a trade's usage after a
  // lower-case ordinal counts one of many ("the second Intifada", a word the lexicon lacks, stays a name).
  if (span.tokens.length === 1 && lowerOrdinal(prev) && commonCapital(span.tokens[0])) return true;
  // "advice to Her Majesty": a form of address names no one by itself.
  if (span.tokens.length === 1 && ADDRESS.has(text)) return true;
  if (span.tokens.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(text) && PEOPLE.has(text.toLowerCase())) return true;
  const [only] = span.tokens;
  if (span.tokens.length === 1 && functional(only)) return true;
  if (
    span.tokens.length === 1 &&
    !span.numberAfter &&
    lexiconTags(text).includes('Currency') &&
    !only.tags.has('Person')
  )
    return true;
  if (
    span.tokens.length === 1 &&
    ADHERENT.test(text) &&
    !span.tokens[0].tags.has('FirstName') &&
    !span.tokens[0].tags.has('LastName')
  )
    return true;
  if (span.tokens.length === 1 && cityPeople(text)) return true;
  // "the Dutchman", "two Frenchmen": a person noun made from a people's adjective.
  const man = /^(\p{Lu}\p{Ll}+?)(?:wo)?m[ae]n$/u.exec(text);
  if (span.tokens.length === 1 && man && DEMONYMS.has(man[1].toLowerCase())) return true;
  const stem = text.toLowerCase().replace(/ers?$/, '');
  return stem !== text.toLowerCase() && (COUNTRY_NAMES.has(stem) || COUNTRY_NAMES.has(stem.replace(/e$/, '')));
}
