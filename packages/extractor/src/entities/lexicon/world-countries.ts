// The world's countries and territories from the `world-countries` dataset (mledoze/countries, ODbL 1.0): each
// with the name English-language news gives it, its other English names and its demonyms. countries.ts and
// demonyms.ts build their look-ups from this list and add the few forms news uses that the dataset lacks.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { lexiconTags } from '../../lexicon-tags.js';

export interface WorldCountry {
  /** The name news gives it ("Turkey", not the dataset's "Türkiye"). */
  name: string;
  /** Other English names: the official one and the dataset's alternative spellings ("Burma", "Russian Federation"). */
  others: string[];
  /** One-word demonyms ("Burmese", "Kazakhstani"). */
  demonyms: string[];
  independent: boolean;
  area: number;
}

const require = createRequire(import.meta.url);
const DATA: Country[] = require('world-countries/countries.json');

// The dataset's common name where English-language news writes another ("Türkiye" → "Turkey").
const NEWS_NAMES: Readonly<Record<string, string>> = {
  TR: 'Turkey',
  CZ: 'Czech Republic',
  CD: 'Democratic Republic of the Congo',
  TL: 'East Timor',
};
const FUNCTION_WORDS = new Set(['of', 'and', 'the']);

/** A name as English text writes it: Latin letters, every word capitalised but "of/and/the" (an official name in
 * the country's own language, "Bundesrepublik Deutschland", passes too: it names the country wherever it
 * stands), and two words or more unless the lexicon knows the word as a country ("Burma"); the dataset's
 * one-word spellings are mostly native names ("Suomi") or words that are something else ("Thai", "Island",
 * "Mann"). Codes ("US", "DRC") are left to the short forms in countries.ts. */
function englishName(form: string): boolean {
  if (!/^[\p{Script=Latin}\p{M} .'’-]+$/u.test(form) || /^\p{Lu}+$/u.test(form)) return false;
  const words = form.split(/\s+/);
  if (!words.every((w) => /^\p{Lu}/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()))) return false;
  return words.length > 1 || lexiconTags(form).includes('Country');
}

/** The demonym also names the place: "Djibouti", "Vatican" (Vatican City's short name). Not "Dominican" (a word
 * of "Dominican Republic" but none of its names) nor "Thai" (a name of Thailand but no word of "Thailand"). */
function placeName(demonym: string, c: Country): boolean {
  return demonym === c.name.common || (c.altSpellings.includes(demonym) && c.name.common.split(' ').includes(demonym));
}

function toWorldCountry(c: Country): WorldCountry {
  const name = NEWS_NAMES[c.cca2] ?? c.name.common;
  const forms = [c.name.common, c.name.official, ...c.altSpellings].map((f) => f.replace(/^The /, ''));
  // The dataset's own common name stays one of the country's names where news writes another ("Türkiye").
  const others = [...new Set(forms.filter((f) => f !== name && (f === c.name.common || englishName(f))))];
  const eng = c.demonyms?.eng;
  const demonyms = eng ? [...new Set([eng.m, eng.f].flatMap((d) => d.split(/, | or /)))] : [];
  return {
    name,
    others,
    demonyms: demonyms.filter((d) => /^\p{Lu}[\p{L}-]+$/u.test(d) && !placeName(d, c)),
    independent: c.independent === true,
    area: c.area,
  };
}

/** Independent states first, then by area: a demonym or name two entries share goes to the first ("Congolese"
 * → the Democratic Republic of the Congo, "Dominican" → the Dominican Republic, "American" → the United States). */
export const WORLD_COUNTRIES: readonly WorldCountry[] = DATA.map(toWorldCountry).sort(
  (a, b) => Number(b.independent) - Number(a.independent) || b.area - a.area,
);

/** The ISO 4217 codes of the countries' currencies ("SEK", "NGN"), upper case. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(DATA.flatMap((c) => Object.keys(c.currencies ?? {})));
