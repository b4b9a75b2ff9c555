// "told The Atlantic", "reported by The Hill", "in The Hague": a capitalised "The" inside a sentence, right
// before a one-word name, is part of that name. Without it the name is a bare word that other things share (the
// Atlantic Ocean, a surname Hill), and the store would join the magazine and the ocean on one node. Multi-word
// names ("the Washington Post") are clear without the article, which writers drop or keep, so they stay as
// they are; so do countries ("The Netherlands" is the Netherlands) and people, and a word also written without
// "The".
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { clauseInitial } from '../names/name-tokens.js';

type Span = NameGroup['spans'][number];

/** The capitalised "The" right before the span's word, if any. */
function theBefore(s: Span, tokens: Token[]): Token | undefined {
  const the = tokens[s.tokens[0].i - 1];
  return the && the.text === 'The' && the.sentence === s.sentence && !/\S/.test(the.post) ? the : undefined;
}

/** A capitalised "The" that does not open its clause: written so only as part of a name. */
const midSentence = (the: Token, tokens: Token[]) =>
  !clauseInitial(the, tokens[the.i - 1]?.sentence === the.sentence ? tokens[the.i - 1] : undefined);

/** The mention follows a capitalised "The" inside its clause: a title's article ("told The Meridian"). */
export const titleArticle = (s: Span, tokens: Token[]) => {
  const the = theBefore(s, tokens);
  return !!the && midSentence(the, tokens);
};

export const articleTitles: EntityStep = {
  name: 'article-titles',
  description: 'a one-word name after a capitalised "The" inside a sentence is named with it ("The Atlantic")',
  apply(groups, ctx) {
    for (const g of groups) {
      if (g.words !== 1 || g.type === 'Person' || g.type === 'Concept' || COUNTRY_NAMES.has(g.key)) continue;
      // Every mention written with "The" ("the storm in the Atlantic" beside "told The Atlantic" is unclear),
      // one of them where the capital can only belong to the name.
      // ("Washington" of "told The Washington Post" is a part of another name: not this name's own mention.)
      const own = g.spans.filter((s) => s.mergedBy !== 'nested');
      const thes = own.map((s) => theBefore(s, ctx.tokens));
      if (!own.length || !thes.every(Boolean) || !thes.some((t) => midSentence(t!, ctx.tokens))) continue;
      g.name = `The ${g.name}`;
      g.words = 2;
      g.firstWord = 'the';
    }
    return groups;
  },
};
