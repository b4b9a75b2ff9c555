// Merge rule city-word-form: "Melbourne City's Lord Mayor" beside "Melbourne", "Digos City" beside "Digos": a
// town written with "City" after its name is the same place, when the name alone is a town of the cities data
// and no country or region ("Mexico City" is not Mexico, "Oklahoma City" not Oklahoma, "Kansas City" not Kansas).
import type { MergeRule } from './merge-rules.js';
import { townNotRegion } from '../lexicon/world-cities.js';

export const cityWordForm: MergeRule = {
  name: 'city-word-form',
  target: (s, groups) => {
    if (s.type !== 'Place' || s.words < 2 || s.lastWord !== 'city') return undefined;
    const town = s.key.slice(0, -' city'.length);
    const g = groups.find((x) => x !== s && x.type === 'Place' && x.key === town);
    return g && townNotRegion(g.name) ? g : undefined;
  },
};
