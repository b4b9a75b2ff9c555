// Disease cues: a name written before a word for an illness or its spread ("the COVID-19 pandemic", "an Ebola
// outbreak", "the Zika virus", "H1N1 cases"), or after "tested positive for", "infected with", "died of", names a
// disease or a virus, a topic: Concept. Only a name that no
// rule typed (the Organization default, an acronym) yields; a place ("the Wuhan outbreak") keeps its type.
import type { EntityStep } from '../entity-step.js';
import type { NameGroup } from '../spans.js';

/** Lower-case words after a disease's name. */
export const DISEASE_WORDS = new Set(
  `pandemic pandemics epidemic epidemics outbreak outbreaks virus viruses disease infection infections vaccine
  vaccines vaccination symptoms patients strain strains variant variants antibodies`.split(/\s+/),
);
/** Two words before a disease's name: "tested positive for", "infected with", "died of". */
export const DISEASE_CUES_BEFORE = new Set(
  `positive for|negative for|infected with|died of|died from|cases of|outbreak of|spread of|symptoms of|vaccine against|vaccine for|tested for|diagnosed with|recovered from|suffering from`.split(
    '|',
  ),
);
const GUESSES = new Set(['default', 'acronym']);

const guessed = (g: NameGroup) => !g.strong && g.spans.every((s) => GUESSES.has(s.typeRule));

export const diseaseCues: EntityStep = {
  name: 'disease-cues',
  description: 'an untyped name before a disease word ("the COVID-19 pandemic", "an Ebola outbreak") is a Concept',
  apply(groups) {
    for (const g of groups)
      if (
        guessed(g) &&
        g.spans.some((s) => DISEASE_WORDS.has(s.nounAfter ?? '') || DISEASE_CUES_BEFORE.has(s.wordsBefore ?? ''))
      ) {
        g.type = 'Concept';
        g.strong = true;
      }
    return groups;
  },
};
