// A thing written under one of its several names gets the name news settles on (lexicon/settled-names.ts):
// "COVID" and "Covid-19" are "COVID-19", "the Second World War" and "World War Two" are "World War II", one node
// in the article (one-per-id joins groups that end on the same name) and across articles, as country-names
// does for "the US".
import type { EntityStep } from '../entity-step.js';
import { SETTLED_NAMES } from '../lexicon/settled-names.js';
import { nameKey } from '../names/name-key.js';

export const settledNames: EntityStep = {
  name: 'settled-names',
  description: 'a thing written under another of its names ("COVID", "Second World War") gets the one news settles on',
  apply(groups) {
    for (const g of groups) {
      const settled = SETTLED_NAMES.get(g.key);
      if (!settled || !g.spans.every((s) => SETTLED_NAMES.get(s.key) === settled)) continue;
      for (const s of g.spans) if (s.key !== nameKey(settled.name)) s.mergedBy ??= 'settled-name';
      g.name = settled.name;
      g.type = settled.type;
    }
    return groups;
  },
};
