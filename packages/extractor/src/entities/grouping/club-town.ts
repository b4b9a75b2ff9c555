// "Real Madrid … Madrid coach Carlo Ancelotti", "Borussia Dortmund … Dortmund coach Nuri Şahin": a club named by
// a word and its town goes by the town in a match report (typing/sports-teams.ts, once the town's mentions
// there are read as a side). A one-word organisation's name that is a town's and ends exactly one
// organisation's longer name written before it is that organisation; not a town two clubs end with ("Inter
// Milan", "AC Milan").
import type { NameGroup } from '../spans.js';
import { cityPopulation } from '../lexicon/world-cities.js';

/** The club `s`, a town's name read as a side, stands for, or undefined. */
export function clubOfTown(s: NameGroup, groups: NameGroup[]): NameGroup | undefined {
  if (s.words !== 1 || s.type !== 'Organization' || cityPopulation(s.key) <= 0) return undefined;
  const cands = groups.filter(
    (g) => g !== s && g.type === 'Organization' && g.words >= 2 && g.lastWord === s.key && g.first < s.first,
  );
  return cands.length === 1 ? cands[0] : undefined;
}

/** "Northbridge City have agreed a fee … Northbridge manager Ruud van Asperen": in a match report, a "<name>
 * City" that no town of the cities data is called is a club, and its name without "City", used alone as an
 * organisation, stands for it. The "City" name that `s` stands for, or undefined. */
export function cityClubOf(s: NameGroup, groups: NameGroup[]): NameGroup | undefined {
  if (s.type !== 'Organization' || s.strong) return undefined;
  const cands = groups.filter(
    (g) =>
      g !== s &&
      (g.type === 'Place' || g.type === 'Organization') &&
      g.key === `${s.key} city` &&
      cityPopulation(g.name) === 0,
  );
  return cands.length === 1 ? cands[0] : undefined;
}
