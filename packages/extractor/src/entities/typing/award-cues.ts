// Award cues: a name no rule typed, written each time right before a lower-case award word ("a Grammy
// award", "the Man of the Match award", "an Emmy trophy"), names the distinction, a Concept as the capitalised
// "Booker Prize" is (type-rules.ts, award-head), not the Organization default. Not capitals alone ("the BBC
// award", "a FIFA medal"): a body's letters before the word name who gives it.
import type { EntityStep } from '../entity-step.js';
import type { NameGroup } from '../spans.js';
import { AWARD_HEADS } from '../lexicon/work-words.js';

const GUESSES = new Set(['default', 'compromise-organization']);

const guessed = (g: NameGroup) => !g.strong && g.spans.every((s) => GUESSES.has(s.typeRule));

export const awardCues: EntityStep = {
  name: 'award-cues',
  description: 'an untyped name always right before a lower-case award word ("a Grammy award") is a Concept',
  apply(groups) {
    for (const g of groups)
      if (
        guessed(g) &&
        g.spans.every((s) => AWARD_HEADS.has(s.nounAfter ?? '') && !/^[\p{Lu}\d.&-]{2,}$/u.test(s.text))
      ) {
        g.type = 'Concept';
        g.strong = true;
      }
    return groups;
  },
};
