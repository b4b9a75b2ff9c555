// A head word left alone after merging ("University collections across the country") names no entity; nor does an
// organisation word capitalised only by opening its sentence ("Union president Ann Cole said …": the union the
// article named, or none), nor a people's adjective with no country of its own ("Catalan and Basque parties").
import type { EntityStep } from '../entity-step.js';
import type { NameGroup } from '../spans.js';
import { GENERIC_HEADS, ORG_HEADS } from '../lexicon/org-words.js';
import { STATELESS_DEMONYMS } from '../lexicon/demonyms.js';

const opensSentence = (g: NameGroup) =>
  ORG_HEADS.has(g.key) && g.spans.every((s) => s.tokens[0].pos === 0 && /^\p{Ll}/u.test(s.nounAfter ?? ''));

export const genericHeads: EntityStep = {
  name: 'generic-heads',
  description: 'a lone organisation head word ("University") left after merging is dropped',
  apply: (groups) =>
    groups.filter(
      (g) =>
        !(
          g.words === 1 &&
          g.type !== 'Concept' &&
          (GENERIC_HEADS.has(g.key) || STATELESS_DEMONYMS.has(g.key) || opensSentence(g))
        ),
    ),
};
