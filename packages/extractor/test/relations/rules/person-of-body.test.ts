// person-of-body: a person's name followed by "of <Organization>"; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('person-of-body', () => {
  test.each([
    ['a person of an agency', 'Bill Harmon of NASA spoke of the launch.', 'Bill Harmon WORKS_FOR NASA'],
    [
      '"the" before the body',
      'Lena Ortiz of the World Health Organization said the risk was low.',
      'Lena Ortiz WORKS_FOR World Health Organization',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([['a place says where one lives', 'John Pratt of London wrote to the paper.']])('%s', (_name, text) => {
    expect(triplesOf(text).filter((t) => /WORKS_FOR (London|Tom Hale)/.test(t))).toEqual([]);
  });
});
