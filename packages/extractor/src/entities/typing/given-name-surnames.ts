// "Zoe Marsh", "Michael Bay": a given name the lexicon knows, then a word that ends place names but is as
// often a family name, typed Place only by that word or the parse's guess, is a person's name even with no
// person cue (person-cues.ts needs one), unless something in the article marks it a place: "the" before it,
// a preposition of place or motion ("in Byron Bay", "flew to Murray Hill"), a place after a comma ("Byron
// Bay, Australia") or the last word used alone as a place. Heads that rarely end a family name ("Victoria
// Station", "Charles Bridge", "Albert Park") keep the place.
import type { Token } from '../../tokens.js';
import type { EntityStep } from '../entity-step.js';
import type { NameGroup } from '../spans.js';
import { PLACE_HEADS } from '../lexicon/org-words.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import { givenNamePlace } from './person-like.js';

/** Place head words that are also common English family names. */
const SURNAME_HEADS = new Set(
  'bay hall hill marsh lake wood woods field fields ford brook brooks heath banks'.split(' '),
);
/** Words before a name that put it somewhere or send something there. */
const PLACE_WORDS = new Set(
  `in at near into onto outside inside across along around toward towards via within beyond behind to from through
  off over the`.split(/\s+/),
);

/** The last word is surname-like: a surname head, or no place head and no place the lexicon knows. */
function surnameLike(g: NameGroup): boolean {
  const last = g.lastWord.toLowerCase();
  return SURNAME_HEADS.has(last) || (!PLACE_HEADS.has(last) && !isKnownPlace(last));
}

function placeMarked(g: NameGroup, tokens: Token[], places: Set<string>): boolean {
  if (places.has(g.lastWord.toLowerCase())) return true;
  return g.spans.some((s) => {
    const [first, last] = [s.tokens[0], s.tokens[s.tokens.length - 1]];
    const before = tokens[first.i - 1];
    const after = tokens[last.i + 1];
    return (
      (!!before && before.sentence === first.sentence && PLACE_WORDS.has(before.normal)) ||
      (/^,/.test(last.post) && !!after && after.tags.has('Place'))
    );
  });
}

export const givenNameSurnames: EntityStep = {
  name: 'given-name-surnames',
  description: 'a given name before a word as often a family name as a place head ("Zoe Marsh") is a Person',
  apply(groups, ctx) {
    const places = new Set(
      groups.filter((g) => g.words === 1 && g.type === 'Place').map((g) => g.lastWord.toLowerCase()),
    );
    for (const g of groups)
      if (givenNamePlace(g, ctx.tokens) && surnameLike(g) && !placeMarked(g, ctx.tokens, places)) {
        g.type = 'Person';
        g.strong = true;
      }
    return groups;
  },
};
