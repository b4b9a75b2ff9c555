// "Donald Trump wins 2020 US Republican delegates", "US Federal judge rules …", "the 2000 US Presidential
// election": a headline's or a writer's capitals put a country and an adjective of the noun after them in one
// run, which made "US Republican" a place of its own. A country's name or short form, then one capitalised
// adjective ending like "-al", "-ic" or "-an", then a lower-case word: the adjective is no part of the name.
import type { Token } from '../../tokens.js';
import { aloneTags } from '../../common-word.js';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../lexicon/countries.js';
import { nameKey } from './name-key.js';
import { isKnownPlace } from '../lexicon/known-places.js';

const ADJECTIVE_SUFFIX = /(?:al|ic|an)$/;

/** Where the country starts when the run ends in a country and an adjective that belongs to the lower-case
 * word `next`; -1 otherwise. */
function countryThenAdjective(run: Token[], next: Token | undefined): number {
  const last = run[run.length - 1];
  if (run.length < 2 || !next || !/^\p{Ll}/u.test(next.text) || !/^\p{Lu}\p{Ll}+$/u.test(last.text)) return -1;
  if (!ADJECTIVE_SUFFIX.test(last.normal) || aloneTags(last.normal)?.join() !== 'Adjective') return -1;
  // (the country may end a longer run: "wins 2020 South Carolina US Democratic presidential primary")
  for (let k = Math.max(0, run.length - 4); k < run.length - 1; k++) {
    const key = nameKey(
      run
        .slice(k, -1)
        .map((t) => t.text)
        .join(' '),
    );
    if (COUNTRY_NAMES.has(key) || COUNTRY_ABBREVIATIONS.has(key)) return k;
  }
  return -1;
}

/** The names a run of a country and an adjective holds, the adjective left out: the country, after a known
 * place of its own when one stands before it ("South Carolina US Democratic primary" → "South Carolina",
 * "US"); undefined when the run is no such run. */
export function countryAdjectivePieces(run: Token[], next: Token | undefined): Token[][] | undefined {
  const k = countryThenAdjective(run, next);
  if (k < 0) return undefined;
  const place =
    k > 0 &&
    isKnownPlace(
      run
        .slice(0, k)
        .map((t) => t.text)
        .join(' '),
    );
  return place ? [run.slice(0, k), run.slice(k, -1)] : [run.slice(0, -1)];
}
