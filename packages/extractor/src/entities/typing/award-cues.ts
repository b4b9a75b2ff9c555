// Award cues: a name no rule typed, written each time right before a lower-case award word ("a Grammy
// award", "the Man of the Match award", "an Emmy trophy"), names the distinction, a Concept as the capitalised
// "Booker Prize" is (type-rules.ts, award-head), not the Organization default. Not capitals alone ("the BBC
// award", "a FIFA medal"): a body's letters before the word name who gives it. So does a name one is
// "awarded" or "nominated for" ("was nominated for the Oscar", "was awarded the Intelligence Star"): what is
// awarded is a distinction, and the parse's person guess for a one-word name ("Oscar") is no person either.
import type { Token } from '../../tokens.js';
import type { EntityStep } from '../entity-step.js';
import type { NameGroup } from '../spans.js';
import { AWARD_HEADS } from '../lexicon/work-words.js';
import { ARTICLES } from '../lexicon/pronouns.js';

const GUESSES = new Set(['default', 'compromise-organization']);

const guessed = (g: NameGroup) => !g.strong && g.spans.every((s) => GUESSES.has(s.typeRule));

/** "awarded the X", "nominated for an X": the name, not a possessive ("awarded the Acme Trust's medal"). */
function awarded(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  if (/['’]s?$/.test(last.text) || /^['’]/.test(last.post)) return false;
  const [a, b, c] = [3, 2, 1].map((n) => tokens[s.tokens[0].i - n]);
  if (!c || !ARTICLES.has(c.normal) || c.sentence !== s.sentence) return false;
  return b?.normal === 'awarded' || (b?.normal === 'for' && a?.normal === 'nominated');
}

/** A one-word name only the parse took for a person, which article-names.ts left an Organization guess. */
const personGuess = (g: NameGroup) =>
  !g.strong && g.words === 1 && g.spans.every((s) => s.typeRule === 'compromise-person');

export const awardCues: EntityStep = {
  name: 'award-cues',
  description:
    'an untyped name always right before a lower-case award word ("a Grammy award"), or awarded, is a Concept',
  apply(groups, ctx) {
    for (const g of groups) {
      const before = g.spans.every((s) => AWARD_HEADS.has(s.nounAfter ?? '') && !/^[\p{Lu}\d.&-]{2,}$/u.test(s.text));
      const given = g.spans.some((s) => awarded(s, ctx.tokens));
      if (!((guessed(g) && (before || given)) || (personGuess(g) && g.type !== 'Person' && given))) continue;
      g.type = 'Concept';
      g.strong = true;
    }
    return groups;
  },
};
