// A head word left alone after merging ("University collections across the country") names no entity.
import type { EntityStep } from '../entity-step.js';
import { GENERIC_HEADS } from '../lexicon/org-words.js';

export const genericHeads: EntityStep = {
  name: 'generic-heads',
  description: 'a lone organisation head word ("University") left after merging is dropped',
  apply: (groups) => groups.filter((g) => !(g.words === 1 && g.type !== 'Concept' && GENERIC_HEADS.has(g.key))),
};
