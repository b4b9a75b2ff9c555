// Storms named by the European weather services: "Storm Darragh brought winds of up to 93 mph …". storm-names.ts
// types "Storm" before a given name the lexicon knows ("Storm Bert"); many of the names are Irish, Welsh or
// Dutch ones it does not know, which the parse leaves to the default guess of a firm. "Storm" and one more
// capitalised word, weakly typed, is the storm when a sentence that names it also speaks of weather (winds,
// rain, gusts, a speed in mph): "Storm Shadow missiles" never does.
import type { EntityStep } from '../entity-step.js';

const WEATHER = new Set(
  'wind winds gust gusts rain rainfall mph km/h flooding floods landfall snow hurricane-force gale gales'.split(' '),
);

export const stormCues: EntityStep = {
  name: 'storm-cues',
  description:
    '"Storm" and one more capitalised word, weakly typed, in a sentence about winds or rain is the storm, an Event',
  apply(groups, ctx) {
    for (const g of groups) {
      if (g.strong || g.words !== 2 || g.firstWord !== 'storm') continue;
      // (the sentence that names it speaks of weather)
      if (!g.spans.some((s) => ctx.bySentence[s.sentence]?.some((t) => WEATHER.has(t.normal)))) continue;
      g.type = 'Event';
      g.strong = true;
    }
    return groups;
  },
};
