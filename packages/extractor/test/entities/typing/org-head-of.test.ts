// Chambers and laws by their head word: "House of …" is an organisation, "… Constitution" a law (topic).
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'House of + a capitalised name',
    text: 'The House of Representatives passed the budget on Monday.',
    name: 'House of Representatives',
    type: 'Organization',
  },
  {
    rule: 'a demonym before House of',
    text: 'The Libyan House of Delegates met in Tobruk.',
    name: 'Libyan House of Delegates',
    type: 'Organization',
  },
  {
    rule: 'Constitution ends the name of a law',
    text: 'The judge said the rule violated the Ruritanian Constitution.',
    name: 'Ruritanian Constitution',
    type: 'Concept',
  },
];

describe('organisation and law heads', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));
});
