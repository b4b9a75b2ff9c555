// "the State of Virginia", "the Commonwealth of Pennsylvania", "the State of Israel": the formal style of a
// state or country is the place itself. It was a node of its own beside "Virginia" (0068), so it is named as
// the place; one-per-id then joins it to the article's mentions of the place, across articles too. A place
// name the parser took for a person ("Charlottesville, Virginia killer") is the place once the article names
// its state so.
import type { EntityStep } from '../entity-step.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { nameKey } from '../names/name-key.js';

const STYLE = /^(?:the\s+)?(?:State|Commonwealth)\s+of\s+(\p{Lu}[\p{L}.'’ -]*)$/u;

export const stateOfNames: EntityStep = {
  name: 'state-of-names',
  description: 'a state or country in its formal style ("the State of Virginia") is named as the place',
  apply(groups) {
    for (const g of groups) {
      if (g.type !== 'Place') continue;
      const place = STYLE.exec(g.name)?.[1];
      if (!place || !g.spans.every((s) => STYLE.test(s.text))) continue;
      const key = nameKey(place);
      const named = groups.filter((h) => h !== g && h.key === key);
      if (!named.length && !isKnownPlace(place) && !COUNTRY_NAMES.has(key)) continue;
      for (const s of g.spans) s.mergedBy ??= 'state-of-form';
      Object.assign(g, { name: place, key, words: place.split(/\s+/).length });
      for (const h of named) if (!h.strong && h.type !== 'Concept') h.type = 'Place';
    }
    return groups;
  },
};
