// Countries and territories by every English name (world-countries.ts), with the parts of the United Kingdom
// and the states of the last century news still names ("the Soviet Union": its "Union" is no organisation
// word there), and the short forms news writes ("U.S.", "Britain").
import { DEMONYMS } from './demonyms.js';
import { WORLD_COUNTRIES } from './world-countries.js';
import { SHORT_FORMS } from './world-country-data.js';

const NEWS_NAMES = `america;britain;england;scotland;wales;northern ireland;bosnia;herzegovina;vatican;congo;soviet union;ussr;
yugoslavia;czechoslovakia;east germany;west germany`;

const lower = (s: string) => s.toLowerCase();
const NAMES = new Set(WORLD_COUNTRIES.map((c) => lower(c.name)));
const within = (form: string, name: string) => name !== form && ` ${name} `.includes(` ${form} `);

/** Other names that stand for one country only: not a country's own name, nor part of another's ("Virgin
 * Islands" is also in "United States Virgin Islands"). */
function otherNames(): Array<[string, string]> {
  const forms = WORLD_COUNTRIES.map((c) => [c.name, ...c.others].map(lower));
  return WORLD_COUNTRIES.flatMap((c, k) =>
    c.others
      .map(lower)
      .filter((f) => !NAMES.has(f) && !forms.some((other, j) => j !== k && other.some((n) => within(f, n))))
      .map((f): [string, string] => [f, c.name]),
  );
}

const OTHER_NAMES = otherNames();

/** Other names and short forms that stand for a country: "U.S." → United States, "Burma" → Myanmar. */
export const COUNTRY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([...OTHER_NAMES, ...SHORT_FORMS]);

/** Every name of a country, lower-cased (short forms such as "us" are no names: "us" is also a pronoun). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  ...NAMES,
  ...OTHER_NAMES.map(([f]) => f),
  ...[...DEMONYMS.values()].map(lower),
  ...NEWS_NAMES.split(';').map((s) => s.trim()),
]);

/** A name key that opens with a country's short form, spelled out ("us supreme court" → "united states supreme
 * court"); undefined for any other key. */
/** "united states central intelligence agency" → "central intelligence agency": a name key without the country
 * name or short form that opens it (at least two words left), or undefined. */
export function withoutCountry(key: string): string | undefined {
  const words = key.split(' ');
  for (let n = Math.min(4, words.length - 2); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (COUNTRY_NAMES.has(head) || COUNTRY_ABBREVIATIONS.has(head)) return words.slice(n).join(' ');
  }
  return undefined;
}

export function spelledOutCountry(key: string): string | undefined {
  const [first, ...rest] = key.split(' ');
  const full = rest.length ? COUNTRY_ABBREVIATIONS.get(first) : undefined;
  return full && `${full.toLowerCase()} ${rest.join(' ')}`;
}
