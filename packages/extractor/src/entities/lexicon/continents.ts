// Continents and world regions: places with no state of their own, so no organ of state belongs to them ("the
// Olympic Council of Asia" is no part of Asia as a parliament is part of its country). The `world-countries`
// dataset's regions and subregions ("Asia", "South America", "Western Europe"), plus the few names news uses
// that it lacks.
import { countryData } from './world-country-data.js';

const NEWS_REGIONS = ['antarctica', 'eurasia', 'latin america', 'middle east'];

let regions: ReadonlySet<string> | undefined;
/** Lower-case names of continents and world regions. */
export function continents(): ReadonlySet<string> {
  regions ??= new Set([
    ...countryData().flatMap((c) => [c.region, c.subregion].filter(Boolean).map((r) => r.toLowerCase())),
    ...NEWS_REGIONS,
  ]);
  return regions;
}
