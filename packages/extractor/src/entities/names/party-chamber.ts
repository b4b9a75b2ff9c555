// "the Republican Senate", "a Democratic House", "the Republican Senate Majority Leader": a party's adjective
// before a chamber says which party holds it; the chamber is the body named, so the adjective is cut off
// (it made a node "Republican Senate" apart from the Senate of the next sentence). A party's own name
// ("Republican Party", "Democratic National Committee") has no chamber word after the adjective. So too before a
// country and a title ("Republican US Senator Elizabeth Dole"): the senator is a party's member, and "Republican
// US" is no place. And before a place that is the rest of the run ("the Republican Iowa caucuses", "won the
// Democratic New Hampshire primary"): the party's contest held there; "Republican Iowa" is no place.
import type { Token } from '../../tokens.js';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../lexicon/countries.js';
import { placeWord } from '../lexicon/known-places.js';
import { CONNECTORS, isTitle, lower } from './name-tokens.js';
import { AFFILIATIONS } from './title-words.js';

// Not "assembly": "Democratic Assembly" is a common name of a party itself.
const CHAMBERS = new Set(['senate', 'house', 'congress', 'legislature']);

/** "US", "U.S.", "UK", "Canada": one word that names a country. */
export const countryWord = (t: Token) => {
  const word = lower(t).replace(/\./g, '');
  return COUNTRY_NAMES.has(word) || COUNTRY_ABBREVIATIONS.has(word);
};

/** The words of `run` after its first name a place the lexicon knows ("New Hampshire", "Canada"); not a state's
 * own name opened by the adjective ("Democratic Republic of the Congo"). */
function placeAfterFirst(run: Token[]): boolean {
  const rest = run
    .slice(1)
    .map((t) => lower(t))
    .join(' ');
  return run.length > 1 && !/^(?:republic|people)/.test(rest) && (placeWord(rest) || COUNTRY_NAMES.has(rest));
}

/** Where in `run` a party adjective stands right before a chamber word, before a country and a title, or before
 * the place that ends the run, else -1. */
export function partyBeforeChamber(run: Token[]): number {
  if (AFFILIATIONS.has(lower(run[0])) && !/\S/.test(run[0].post) && placeAfterFirst(run)) return 0;
  return run.findIndex(
    (t, k) =>
      k < run.length - 1 &&
      // ("the National Democratic Congress": after a word of the name that names no place, a party's own name;
      // not "the West Virginia Republican Senate".)
      (k === 0 || countryWord(run[k - 1]) || run[k - 1].tags.has('Place') || placeWord(lower(run[k - 1]))) &&
      AFFILIATIONS.has(lower(t)) &&
      !/\S/.test(t.post) &&
      ((CHAMBERS.has(lower(run[k + 1])) &&
        // "Democratic House of Culture": a chamber word with its own complement heads a name of its own.
        !CONNECTORS.has(run[k + 2]?.normal ?? '')) ||
        (countryWord(run[k + 1]) && !!run[k + 2] && isTitle(run[k + 2]))),
  );
}
