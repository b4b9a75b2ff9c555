// Merge rule for a body named after its home place and called by the rest of its name: "the Jazz" after "Utah
// Jazz", "the Lakers" after "Los Angeles Lakers", "the Times" after "New York Times". Only a one-word name, only
// when the words before it in the longer name are a place the lexicon knows or a large city ("the Hornets" after
// "Charlotte Hornets") or the name was typed a body for its plural ("Rovers" after "Kingsbridge Rovers",
// typing/place-plurals.ts), and only with one candidate.
import type { MergeRule } from './merge-rules.js';
import { ORG_HEADS } from '../lexicon/org-words.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import { LARGE_CITY_POPULATION, cityPopulation } from '../lexicon/world-cities.js';

export const placeNameTail: MergeRule = {
  name: 'place-name-tail',
  target: (s, groups) => {
    // An organisation word alone is the head-word rule's ("the University").
    if (s.words !== 1 || s.type === 'Concept' || s.type === 'Place' || ORG_HEADS.has(s.key)) return undefined;
    if (s.strong && s.type !== 'Organization') return undefined;
    const cands = groups.filter((g) => {
      if (g === s || g.type !== 'Organization' || g.words < 2 || g.lastWord !== s.key) return false;
      const home = g.surface.split(/\s+/).slice(0, -1).join(' ');
      return (
        isKnownPlace(home) ||
        cityPopulation(home) >= LARGE_CITY_POPULATION ||
        g.spans.some((x) => x.typeRule === 'place-plural')
      );
    });
    return cands.length === 1 ? cands[0] : undefined;
  },
};
