// Club names a place's name opens: "West Ham United", "Leeds United" (a name ending in "United" is a club or a
// firm, never a place), and "<town> City" told as a side in a contest ("beating Manchester City in the final",
// "Manchester City striker …"): the club, not the town's other name (city-word-form.ts would make "Manchester
// City" a mention of Manchester). "Mexico City", "Kansas City" and "Carson City" are towns of the cities data
// themselves, and stay places.
import type { EntityStep } from '../entity-step.js';
import { cityPopulation } from '../lexicon/world-cities.js';
import { afterTitleHolders, clubBeforePlayer, competes } from './sports-teams.js';
import { CLUB_OPENERS } from '../lexicon/org-words.js';

export const clubNames: EntityStep = {
  name: 'club-names',
  description:
    'a name ending in "United", or a club\'s word before a town ("Dynamo Kyiv"), is an Organization; so is "<town> City" as a side in a contest ("beating Manchester City") when the cities data has no town of that name, and a word and a town after "champions" ("German champions Bayern Munich")',
  apply(groups, ctx) {
    for (const g of groups) {
      if (g.words < 2 || g.type === 'Concept' || (g.strong && g.type !== 'Place')) continue;
      const united = g.lastWord === 'united';
      const town = g.name.split(' ').slice(0, -1).join(' ');
      const cityClub =
        g.lastWord === 'city' &&
        cityPopulation(g.name) === 0 &&
        cityPopulation(town) > 0 &&
        g.spans.some((s) => competes(s, ctx.tokens) || clubBeforePlayer(s, ctx.tokens));
      // "German champions Bayern Munich": a name with a town in it after "champions" or "holders" is the side's.
      const holders =
        g.type === 'Place' &&
        g.words === 2 &&
        cityPopulation(g.lastWord) > 0 &&
        g.spans.some((s) => afterTitleHolders(s, ctx.tokens));
      // "Dynamo Kyiv", "Sporting Lisbon": a club's word before a town (the parse reads the pair as the town's).
      const opened = g.words === 2 && CLUB_OPENERS.has(g.firstWord) && cityPopulation(g.lastWord) > 0;
      if (!united && !cityClub && !holders && !opened) continue;
      g.type = 'Organization';
      g.strong = true;
    }
    return groups;
  },
};
