// Cause cues: a name no rule typed, written before "rights" ("LGBT rights", "Sami rights"), or an acronym
// before "community" ("the LGBTQ community"), names a group of people or their cause, a topic: Concept, not the
// Organization default. A name in other letters before "community" is most often a body or a product whose
// users it means ("the YouTube community", "the OpenStack community").
import type { EntityStep } from '../entity-step.js';
import type { NameGroup } from '../spans.js';

const COMMUNITY = new Set(['community', 'communities']);
const GUESSES = new Set(['default', 'acronym', 'compromise-organization']);

const guessed = (g: NameGroup) => !g.strong && g.spans.every((s) => GUESSES.has(s.typeRule));

export const causeCues: EntityStep = {
  name: 'cause-cues',
  description: 'an untyped name before "rights", or an acronym before "community" ("LGBT rights") is a Concept',
  apply(groups) {
    for (const g of groups)
      if (
        guessed(g) &&
        g.spans.some(
          (s) => s.nounAfter === 'rights' || (COMMUNITY.has(s.nounAfter ?? '') && /^\p{Lu}{2,}$/u.test(s.text)),
        )
      ) {
        g.type = 'Concept';
        g.strong = true;
      }
    return groups;
  },
};
