// nominal-relation: a relation noun with its agent and patient, and a relation noun undone by its verb;
// sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('nominal-relation', () => {
  test.each([
    ['a possessor agent and a patient', 'Tom Hale praised Canada’s sanctions on Peru.', ['Canada SANCTIONS Peru']],
    [
      'backing away from one’s support undoes it',
      'Tom Hale backed away from his support for Ann Cole.',
      ['Tom Hale SUPPORTS Ann Cole (negated)'],
    ],
    [
      'abandoning one’s support undoes it',
      'Pell Group abandoned its support for Maria Lopez in May.',
      ['Pell Group SUPPORTS Maria Lopez (negated)'],
    ],
    [
      "a person's speech is where it was given",
      "Tom Hale's speech at a conference in Dorn was praised.",
      ['Tom Hale LOCATED_IN Dorn'],
    ],
    ["a body's summit does not put the body there", 'Tom Hale will attend the NATO summit in Dorn.', []],
    [
      'a part is "of" its whole, not "to" the buyer',
      "Acme Corp's board approved the sale of its Norland unit to Beta Ltd.",
      [],
    ],
    ["a body's exports to a country do not sell the country", "Acme Corp's exports to Norway fell in May.", []],
    ["a body's sale of a unit sells it", "Acme Corp's sale of Beta Ltd was approved.", ['Acme Corp SELLS Beta Ltd']],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });

  test.each([
    [
      'a planned trip is no visit yet, and a cancelled one none (reversal-verbs.ts)',
      'Tom Hale’s planned trip to Oslo was cancelled.',
      ['Tom Hale VISITS Oslo (negated) (hedged)'],
    ],
    [
      'nor a proposed visit',
      'The palace confirmed Tom Hale’s proposed visit to Oslo.',
      ['Tom Hale VISITS Oslo (hedged)'],
    ],
    ['a visit is', 'Tom Hale’s visit to Oslo ended on Monday.', ['Tom Hale VISITS Oslo']],
  ])('hedged: %s', (_name, text, expected) => {
    expect(triplesOf(text, { hedged: true })).toEqual(expected);
  });
});
