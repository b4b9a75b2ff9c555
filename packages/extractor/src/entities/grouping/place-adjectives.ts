// Place adjectives: "the Puerto Rican constitution", "the Middle Eastern nation", "a Sri Lankan court". An
// adjective made from a place's name (its last word with a demonym ending: Rico → Rican, East → Eastern,
// Sudan → Sudanese, Zealand → Zealander) describes something as of that place; like a bare demonym ("an
// Afghan team") it is no entity of its own. The single-word demonyms are a list (lexicon/demonyms.ts); this
// step catches the forms of the article's own places and of known countries that the list does not hold,
// most of them two words long, which otherwise became an organisation by default.
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';

/** Endings that turn a place's last word into its adjective or demonym. */
const ENDINGS = ['an', 'ian', 'ean', 'n', 'ese', 'er', 'ern', 'ish', 'i'];

/** Is `adjective` a demonym form of the place word `place` (both lower case)? "rican" of "rico". */
export function placeAdjectiveOf(adjective: string, place: string): boolean {
  if (adjective === place || adjective.length <= place.length - 2) return false;
  const stem = place.replace(/[aeiouy]+$/, '');
  if (stem.length < 3 || !adjective.startsWith(stem)) return false;
  const ending = adjective.slice(stem.length);
  // "Korea" → "Korean", "Zealand" → "Zealander": the whole place word may be kept before the ending.
  const kept = adjective.startsWith(place) ? adjective.slice(place.length) : undefined;
  return ENDINGS.includes(ending) || (kept !== undefined && ENDINGS.includes(kept));
}

const lower = (words: string[]) => words.map((w) => w.toLowerCase());

/** Is the name (its words) an adjective of one of `places` (each a list of lower-case words)? All its words
 * but the last are the place's, the last is a demonym form of the place's last word. */
function adjectiveOfAny(words: string[], places: string[][]): boolean {
  const w = lower(words);
  return places.some(
    (p) =>
      p.length === w.length &&
      p.slice(0, -1).every((x, k) => x === w[k]) &&
      placeAdjectiveOf(w[w.length - 1], p[p.length - 1]),
  );
}

const KNOWN_COUNTRIES = [...COUNTRY_NAMES].map((c) => c.split(' '));

/** The groups less those whose every name is a place adjective. A name after a title is a person's; a
 * given name's guess is not ("Sierra Leonean": "Sierra" is also a given name). */
export function withoutPlaceAdjectives(groups: NameGroup[]): NameGroup[] {
  const places = groups
    .filter((g) => g.type === 'Place')
    .flatMap((g) => g.spans.map((s) => lower(s.text.split(/\s+/))))
    .concat(KNOWN_COUNTRIES);
  return groups.filter(
    (g) =>
      g.type === 'Concept' ||
      g.unnamed ||
      !g.spans.every((s) => !s.title && adjectiveOfAny(s.text.split(/\s+/), places)),
  );
}

export const placeAdjectives: EntityStep = {
  name: 'place-adjectives',
  description: '"the Puerto Rican constitution": an adjective made from a place\'s name is no entity',
  apply: (groups) => withoutPlaceAdjectives(groups),
};
