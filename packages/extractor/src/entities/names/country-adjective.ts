// "Donald Trump wins 2020 US Republican delegates", "US Federal judge rules …", "the 2000 US Presidential
// election": a headline's or a writer's capitals put a country and an adjective of the noun after them in one
// run, which made "US Republican" a place of its own. A country's name or short form, then one capitalised
// adjective ending like "-al", "-ic" or "-an", then a lower-case word: the adjective is no part of the name.
import type { Token } from '../../tokens.js';
import { aloneTags } from '../../common-word.js';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../lexicon/countries.js';
import { nameKey } from './name-key.js';

const ADJECTIVE_SUFFIX = /(?:al|ic|an)$/;

/** Where the country starts when the run ends in a country and an adjective that belongs to the lower-case
 * word `next`; -1 otherwise. */
export function countryThenAdjective(run: Token[], next: Token | undefined): number {
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
