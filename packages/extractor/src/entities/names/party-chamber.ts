// "the Republican Senate", "a Democratic House", "the Republican Senate Majority Leader": a party's adjective
// before a chamber says which party holds it; the chamber is the body named, so the adjective is cut off
// (it made a node "Republican Senate" apart from the Senate of the next sentence). A party's own name
// ("Republican Party", "Democratic National Committee") has no chamber word after the adjective. So too before a
// country and a title ("Republican US Senator Elizabeth Dole"): the senator is a party's member, and "Republican
// US" is no place.
import type { Token } from '../../tokens.js';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../lexicon/countries.js';
import { CONNECTORS, isTitle, lower } from './name-tokens.js';
import { AFFILIATIONS } from './title-words.js';

// Not "assembly": "Democratic Assembly" is a common name of a party itself.
const CHAMBERS = new Set(['senate', 'house', 'congress', 'legislature']);

/** "US", "U.S.", "UK", "Canada": one word that names a country. */
export const countryWord = (t: Token) => {
  const word = lower(t).replace(/\./g, '');
  return COUNTRY_NAMES.has(word) || COUNTRY_ABBREVIATIONS.has(word);
};

/** Where in `run` a party adjective stands right before a chamber word, or before a country and a title, else -1. */
export function partyBeforeChamber(run: Token[]): number {
  return run.findIndex(
    (t, k) =>
      k < run.length - 1 &&
      AFFILIATIONS.has(lower(t)) &&
      !/\S/.test(t.post) &&
      ((CHAMBERS.has(lower(run[k + 1])) &&
        // "Democratic House of Culture": a chamber word with its own complement heads a name of its own.
        !CONNECTORS.has(run[k + 2]?.normal ?? '')) ||
        (countryWord(run[k + 1]) && !!run[k + 2] && isTitle(run[k + 2]))),
  );
}
