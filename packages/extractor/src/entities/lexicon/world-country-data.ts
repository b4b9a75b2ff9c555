// The `world-countries` dataset (mledoze/countries, ODbL 1.0) as read without the parser's lexicon: each
// country's news name, its English names of two words or more and its English demonyms, plus the short forms
// news writes. world-countries.ts adds the one-word names the lexicon confirms (the extraction's view);
// country-forms.ts uses this alone, so a store's name keys load no parser.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

let data: Country[] | undefined;
/** The dataset, read on first use. */
export function countryData(): Country[] {
  data ??= createRequire(import.meta.url)('world-countries/countries.json') as Country[];
  return data;
}

// The dataset's common name where English-language news writes another ("Türkiye" → "Turkey").
const NEWS_NAMES: Readonly<Record<string, string>> = {
  TR: 'Turkey',
  CZ: 'Czech Republic',
  CD: 'Democratic Republic of the Congo',
  TL: 'East Timor',
};

/** Short forms news writes for a country ("U.S." → United States), lower case without dots. */
export const SHORT_FORMS: ReadonlyArray<[string, string]> = [
  ['america', 'United States'],
  ['britain', 'United Kingdom'],
  ['holland', 'Netherlands'],
  ['us', 'United States'],
  ['usa', 'United States'],
  ['uk', 'United Kingdom'],
  ['uae', 'United Arab Emirates'],
  ['prc', 'China'],
  ['dprk', 'North Korea'],
  ['rok', 'South Korea'],
  ['drc', 'Democratic Republic of the Congo'],
];

/** The name news gives a country ("Turkey", not the dataset's "Türkiye"). */
export const newsName = (c: Country): string => NEWS_NAMES[c.cca2] ?? c.name.common;

/** Its common and official names and alternative spellings, a leading "The" dropped. */
export const countryForms = (c: Country): string[] =>
  [c.name.common, c.name.official, ...c.altSpellings].map((f) => f.replace(/^The /, ''));

const FUNCTION_WORDS = new Set(['of', 'and', 'the']);
/** Written as English text writes a name: Latin letters, every word capitalised but "of/and/the", no code ("US"). */
export function writtenAsName(form: string): boolean {
  if (!/^[\p{Script=Latin}\p{M} .'’-]+$/u.test(form) || /^\p{Lu}+$/u.test(form)) return false;
  return form.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()));
}

/** Its English demonyms, one word each ("Burmese", "Kazakhstani"), as the dataset lists them. */
export function englishDemonyms(c: Country): string[] {
  const eng = c.demonyms?.eng;
  const all = eng ? [...new Set([eng.m, eng.f].flatMap((d) => d.split(/, | or /)))] : [];
  return all.filter((d) => /^\p{Lu}[\p{L}-]+$/u.test(d));
}
