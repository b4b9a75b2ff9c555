// The world's countries and territories from the `world-countries` dataset (mledoze/countries, ODbL 1.0): each
// with the name English-language news gives it, its other English names and its demonyms. countries.ts and
// demonyms.ts build their look-ups from this list and add the few forms news uses that the dataset lacks.
import type { Country } from 'world-countries';
import { lexiconTags } from '../../lexicon-tags.js';
import { countryData, countryForms, englishDemonyms, newsName, writtenAsName } from './world-country-data.js';

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

const DATA: Country[] = countryData();

/** A name as English text writes it (writtenAsName; an official name in the country's own language,
 * "Bundesrepublik Deutschland", passes too: it names the country wherever it stands), and two words or more
 * unless the lexicon knows the word as a country ("Burma"); the dataset's one-word spellings are mostly native
 * names ("Suomi") or words that are something else ("Thai", "Island", "Mann"). Codes ("US", "DRC") are left to
 * the short forms in world-country-data.ts. */
function englishName(form: string): boolean {
  return writtenAsName(form) && (form.split(/\s+/).length > 1 || lexiconTags(form).includes('Country'));
}

/** The demonym also names the place: "Djibouti", "Vatican" (Vatican City's short name). Not "Dominican" (a word
 * of "Dominican Republic" but none of its names) nor "Thai" (a name of Thailand but no word of "Thailand"). */
function placeName(demonym: string, c: Country): boolean {
  return demonym === c.name.common || (c.altSpellings.includes(demonym) && c.name.common.split(' ').includes(demonym));
}

function toWorldCountry(c: Country): WorldCountry {
  const name = newsName(c);
  // The dataset's own common name stays one of the country's names where news writes another ("Türkiye").
  const others = [...new Set(countryForms(c).filter((f) => f !== name && (f === c.name.common || englishName(f))))];
  return {
    name,
    others,
    demonyms: englishDemonyms(c).filter((d) => !placeName(d, c)),
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
