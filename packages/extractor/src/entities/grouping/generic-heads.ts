// A head word left alone after merging ("University collections across the country") names no entity; nor does an
// organisation word capitalised only by opening its sentence ("Union president Ann Cole said …": the union the
// article named, or none), or a common noun opening the headline so ("Tech company cuts …"); nor a people's
// adjective with no country of its own ("Catalan and Basque parties").
import type { EntityStep } from '../entity-step.js';
import type { NameGroup } from '../spans.js';
import { GENERIC_HEADS, ORG_HEADS } from '../lexicon/org-words.js';
import { STATELESS_DEMONYMS } from '../lexicon/demonyms.js';
import { aloneTags } from '../../common-word.js';
import { headlineRow } from './unnamed-events.js';

/** Tags of a word that may be a name by itself. */
const NAME_TAGS = ['ProperNoun', 'Organization', 'Person', 'Place', 'FirstName', 'LastName', 'Acronym'];

/** The word alone is a noun, and nothing that may be a name. */
const commonNoun = (word: string) => {
  const tags = aloneTags(word) ?? [];
  return tags.includes('Noun') && !tags.some((t) => NAME_TAGS.includes(t));
};

/** Every mention opens its sentence before a lower-case noun: an organisation word anywhere ("Union president …"),
 * and any common noun opening the headline ("Tech company cuts 12,000 jobs", "Space agency …"), which the article
 * names nowhere else. */
const opensSentence = (g: NameGroup, headline: number) =>
  g.spans.every((s) => s.tokens[0].pos === 0 && /^\p{Ll}/u.test(s.nounAfter ?? '')) &&
  (ORG_HEADS.has(g.key) ||
    (!g.strong && g.spans.every((s) => s.sentence === headline && !/['’]/.test(s.text)) && commonNoun(g.key)));

export const genericHeads: EntityStep = {
  name: 'generic-heads',
  description: 'a lone organisation head word ("University") left after merging is dropped',
  apply: (groups, ctx) => {
    const headline = headlineRow(ctx.bySentence);
    return groups.filter(
      (g) =>
        !(
          g.words === 1 &&
          g.type !== 'Concept' &&
          (GENERIC_HEADS.has(g.key) || STATELESS_DEMONYMS.has(g.key) || opensSentence(g, headline))
        ),
    );
  },
};
