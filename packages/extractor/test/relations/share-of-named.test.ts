// share-of-named.ts: a share of a named body ("a majority stake in Beta Ltd") is no thing acquired of its own; the
// verb's edge goes to the body. Sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('a share of a named body', () => {
  test.each([
    [
      'a stake in a named company',
      'Acme Corp bought a majority stake in Beta Ltd.',
      'Acme Corp RELATED_TO Beta Ltd',
      'Acme Corp ACQUIRES majority stake',
    ],
    [
      'shares sold',
      'Acme Corp sold its minority holdings in Beta Ltd on Monday.',
      'Acme Corp RELATED_TO Beta Ltd',
      'Acme Corp RELATED_TO minority holdings',
    ],
  ])('%s', (_name, text, present, absent) => {
    const got = triplesOf(text);
    expect(got).toContain(present);
    expect(got).not.toContain(absent);
  });

  test('a share of nothing named stays the object (guard)', () => {
    expect(triplesOf('Acme Corp bought a majority stake on Monday. The majority stake cost $9 million.')).toContain(
      'Acme Corp ACQUIRES majority stake',
    );
  });
});
