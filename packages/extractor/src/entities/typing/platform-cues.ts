// Platform cues: a weakly typed one-word name used as a medium in most of its mentions — "posted on
// Twitter", "announced on Facebook", "a Facebook post", "GitHub users" — names a
// platform or program people use: Product (not its company). Acronyms ("said on TV", "on CNN") and names the
// text mostly writes otherwise ("his Amazon account" once beside "Amazon" the seller) keep their type.
import type { Token } from '../../tokens.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import type { EntityStep } from '../entity-step.js';

// "commented on X", "said on X" are about X or on air, not a post.
const POSTING = new Set('posted tweeted wrote shared uploaded announced streamed livestreamed'.split(' '));
const USE_NOUNS = new Set('account accounts post posts page pages feed followers users user profile'.split(' '));

function usedAsMedium(s: TypedSpan, tokens: Token[]): boolean {
  const t = s.tokens[0];
  const before = tokens[t.i - 1];
  const after = tokens[t.i + 1];
  const sameSentence = (x: Token | undefined) => !!x && x.sentence === t.sentence;
  if (sameSentence(before) && before.normal === 'on' && POSTING.has(tokens[t.i - 2]?.normal ?? '')) return true;
  return sameSentence(after) && !/\S/.test(t.post) && USE_NOUNS.has(after.normal);
}

function retypePlatforms(groups: NameGroup[], tokens: Token[]): void {
  for (const g of groups) {
    if (g.strong || g.type === 'Concept' || g.type === 'Product' || g.words !== 1) continue;
    const spans = g.spans.filter((s) => s.tokens.length === 1);
    if (!spans.length || spans.some((s) => /^\p{Lu}+$/u.test(s.text) || s.tokens[0].tags.has('Person'))) continue;
    const used = spans.filter((s) => usedAsMedium(s, tokens));
    if (used.length * 2 > g.spans.length) {
      g.type = 'Product';
      g.strong = true;
    }
  }
}

export const platformCues: EntityStep = {
  name: 'platform-cues',
  description:
    'a weakly typed one-word name mostly used as a medium ("posted on Twitter", "GitHub users") is a Product',
  apply(groups, ctx) {
    retypePlatforms(groups, ctx.tokens);
    return groups;
  },
};
