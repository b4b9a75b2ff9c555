// Country names and their common abbreviations (general geographic facts), with the states of the last
// century news still names ("the Soviet Union": its "Union" is no organisation word there).
import { DEMONYMS } from './demonyms.js';

const EXTRA = `america;britain;great britain;united states of america;north korea;south korea;hong kong;macau;
vatican;palestine;kosovo;taiwan;east timor;south africa;south sudan;new zealand;papua new guinea;sri lanka;
el salvador;costa rica;dominican republic;puerto rico;saudi arabia;united arab emirates;czechia;belarus;
bosnia;herzegovina;montenegro;north macedonia;macedonia;luxembourg;liechtenstein;monaco;andorra;san marino;
bahrain;oman;brunei;bhutan;maldives;fiji;samoa;tonga;botswana;lesotho;eswatini;gabon;chad;benin;togo;
burkina faso;guinea;sierra leone;gambia;djibouti;madagascar;mauritius;malawi;burundi;angola;belize;guyana;
suriname;barbados;bahamas;trinidad and tobago;iceland;greenland;scotland;wales;england;northern ireland;
soviet union;ussr;yugoslavia;czechoslovakia;east germany;west germany`;

export const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  ...[...DEMONYMS.values()].map((c) => c.toLowerCase()),
  ...EXTRA.split(';')
    .map((s) => s.trim())
    .filter(Boolean),
]);

/** Abbreviations and short forms that stand for a country: "U.S." → United States. */
export const COUNTRY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['america', 'United States'],
  ['britain', 'United Kingdom'],
  ['great britain', 'United Kingdom'],
  ['holland', 'Netherlands'],
  ['us', 'United States'],
  ['usa', 'United States'],
  ['uk', 'United Kingdom'],
  ['uae', 'United Arab Emirates'],
  ['prc', 'China'],
  ['dprk', 'North Korea'],
  ['rok', 'South Korea'],
  ['drc', 'Democratic Republic of the Congo'],
]);

/** A name key that opens with a country's short form, spelled out ("us supreme court" → "united states supreme
 * court"); undefined for any other key. */
export function spelledOutCountry(key: string): string | undefined {
  const [first, ...rest] = key.split(' ');
  const full = rest.length ? COUNTRY_ABBREVIATIONS.get(first) : undefined;
  return full && `${full.toLowerCase()} ${rest.join(' ')}`;
}
