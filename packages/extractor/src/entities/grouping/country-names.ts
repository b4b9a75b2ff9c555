// Countries by their full name: a group known only through its demonym ("Chinese officials") is the country;
// one known only by its abbreviation ("the US") gets the full name too, so ids stay stable across articles.
import type { EntityStep } from '../entity-step.js';
import { COUNTRY_ABBREVIATIONS } from '../lexicon/countries.js';

export const countryNames: EntityStep = {
  name: 'country-names',
  description: 'a country named only by its demonym or abbreviation gets its full name (Place)',
  apply(groups) {
    for (const g of groups) {
      if (g.country && !g.spans.some((s) => !s.demonymOf)) {
        g.name = g.country;
        g.type = 'Place';
      }
      const full = COUNTRY_ABBREVIATIONS.get(g.key);
      if (full && g.spans.every((s) => COUNTRY_ABBREVIATIONS.has(s.key))) {
        for (const s of g.spans) s.mergedBy ??= 'country-short-form';
        g.name = full;
        g.type = 'Place';
      }
    }
    return groups;
  },
};
