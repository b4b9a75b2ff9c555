// Names after "the": "The Guardian drew comparisons", "flipped the Mack truck". A one-word name the parse
// alone took for a person (no title, no cue, no other mention without the article) is written with "the" in
// every mention: personal names take no article, so it names a thing (an outlet, a make, an award) and falls
// back to the weak default guess, an organisation.
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';

const afterThe = (s: NameGroup['spans'][number], tokens: Token[]) => {
  const before = tokens[s.tokens[0].i - 1];
  return before?.sentence === s.sentence && before.normal === 'the' && !/\S/.test(before.post);
};

export const articleNames: EntityStep = {
  name: 'article-names',
  description: 'a one-word name the parse alone took for a person, always written after "the", is no Person',
  apply(groups, ctx) {
    for (const g of groups) {
      if (g.strong || g.type !== 'Person' || g.words !== 1) continue;
      if (!g.spans.every((s) => s.typeRule === 'compromise-person' && afterThe(s, ctx.tokens))) continue;
      g.type = 'Organization';
    }
    return groups;
  },
};
