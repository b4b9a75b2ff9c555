// after-apposition.ts: the word after an apposition set off by commas is the subject's verb, though the parse
// tags it an adjective or a plural noun; sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('verbAfterApposition', () => {
  test.each([
    ['a past verb after an age', 'Tom Hale, 54, joined Acme Corp in 2010.', ['Tom Hale PART_OF Acme Corp']],
    [
      'an "-s" verb after an apposed name',
      "Ann Cole's husband, Tom Hale, works for Acme Corp.",
      ['Tom Hale RELATIVE_OF Ann Cole', 'Tom Hale WORKS_FOR Acme Corp'],
    ],
    [
      'a list after a verb is no apposition',
      'The festival featured Acme Corp, Tom Hale, works by Picasso and films.',
      [],
    ],
    ['a verb the parse reads right stays', 'Tom Hale, 54, visited Oslo.', ['Tom Hale VISITS Oslo']],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
