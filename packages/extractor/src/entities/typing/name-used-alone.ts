// "Xi Jinping" … "Xi": a weakly typed two- or three-word personal-looking name whose first or last word is
// also used alone (as a weak name or a person) is a person's name.
import type { EntityStep } from '../entity-step.js';
import { givenNamePlace, personLike } from './person-like.js';

export const nameUsedAlone: EntityStep = {
  name: 'name-used-alone',
  description: 'a weakly typed personal-looking name later used by its first or last word alone is a Person',
  apply(groups, ctx) {
    // "Montana Native Vote" … "Montana", "Mysore Divisional Railway" … "in Mysore": a word the article uses
    // alone for a place is the place named, not a person's name used alone.
    const places = new Set(groups.filter((g) => g.words === 1 && g.type === 'Place').map((g) => g.key));
    const singles = new Set(
      groups.filter((g) => g.words === 1 && (!g.strong || g.type === 'Person') && !places.has(g.key)).map((g) => g.key),
    );
    for (const g of groups) {
      if (g.words < 2 || g.words > 3) continue;
      // "Peter Hall" … "Hall": only the family name alone ("Victoria Station" … "Victoria" is no cue).
      const used = givenNamePlace(g, ctx.tokens)
        ? singles.has(g.lastWord)
        : !g.strong &&
          g.type !== 'Concept' &&
          personLike(g, ctx.tokens) &&
          (singles.has(g.firstWord) || singles.has(g.lastWord));
      if (used) {
        g.type = 'Person';
        g.strong = true;
      }
    }
    return groups;
  },
};
