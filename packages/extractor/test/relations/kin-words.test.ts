// Kin words (RELATIVE_OF in vocabulary.ts) through the rules that read a name beside a role word: apposition,
// copula-role, a verb of marrying, and a title before a name. A kin word's relative is no party to another
// verb ("met the wife of Bill Moss"). Sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('kin words', () => {
  test.each([
    [
      'an apposition after a possessive',
      "Tom Hale's wife, Ann Cole, died on Monday.",
      ['Ann Cole RELATIVE_OF Tom Hale'],
    ],
    ['an apposition with "of"', 'Ann Cole, the daughter of Tom Hale, was arrested.', ['Ann Cole RELATIVE_OF Tom Hale']],
    ['a copula', 'Ann Cole is the sister of Tom Hale.', ['Ann Cole RELATIVE_OF Tom Hale']],
    ['a verb of marrying', 'Ann Cole married Tom Hale in 1990.', ['Ann Cole RELATIVE_OF Tom Hale']],
    ['a relative met is not the one named', 'Tom Hale met the wife of Bill Moss.', []],
    ['a child had with someone', 'Ann Cole has a son with Tom Hale.', []],
    ['a body has no kin', 'Ann Cole, the daughter of Acme Corp, was arrested.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
