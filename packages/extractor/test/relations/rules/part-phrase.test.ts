// part-phrase: a body set beside "a subsidiary / unit / member of" another is part of it (apposition, "is",
// a possessive title); a person's membership is apposition's; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('part-phrase', () => {
  test.each([
    ['an apposition', 'Acme Corp, a subsidiary of Beta Ltd, will close its plant.', ['Acme Corp PART_OF Beta Ltd']],
    ['a copula', 'Acme Corp is a unit of Beta Ltd.', ['Acme Corp PART_OF Beta Ltd']],
    ['a possessive title', "Beta Ltd's subsidiary Acme Corp will close.", ['Acme Corp PART_OF Beta Ltd']],
    ['"part of" with no article', 'Acme Corp, part of Beta Group, will close.', ['Acme Corp PART_OF Beta Group']],
    [
      'a country as a member',
      'Norland, a founding member of the Harbour Pact, objected.',
      ['Norland PART_OF Harbour Pact'],
    ],
    ['a negated copula', 'Acme Corp is not a subsidiary of Beta Ltd.', []],
    ['a whole that is a place', 'Acme Corp, a unit of Norland, will close.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => t.includes(' PART_OF '))).toEqual(expected);
  });
});
