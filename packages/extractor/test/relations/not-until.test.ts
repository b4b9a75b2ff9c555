// "not … until" and a time: the act happened, only later, so its edge is not negated; sentences written for
// this test.
import { triplesOf } from './rules/triples-of.js';

describe('notUntil', () => {
  test.each([
    ['"not … until" a month', 'Ann Cole did not endorse Tom Hale until July.', ['Ann Cole SUPPORTS Tom Hale']],
    ['with a contracted "not"', "Ann Cole didn't endorse Tom Hale until last week.", ['Ann Cole SUPPORTS Tom Hale']],
    ['a year', 'Pell Group did not buy Castor Mining until 2019.', ['Pell Group ACQUIRES Castor Mining']],
    [
      'an act of the past as the bound',
      'Tom Hale had not met Ann Cole until joining Pell Group.',
      ['Tom Hale MEETS Ann Cole', 'Tom Hale PART_OF Pell Group'],
    ],
    [
      'a future act as the bound keeps the negation',
      'Tom Hale will not meet Ann Cole until signing the deal.',
      ['Tom Hale MEETS Ann Cole (negated)'],
    ],
    ['a plain negation stays', 'Ann Cole did not endorse Tom Hale.', ['Ann Cole SUPPORTS Tom Hale (negated)']],
    [
      'a refusal keeps its own negation',
      'Ann Cole refused to meet Tom Hale until May.',
      ['Ann Cole MEETS Tom Hale (negated)'],
    ],
    [
      '"until" after a comma bounds another clause',
      'Ann Cole did not meet Tom Hale, until July she was abroad.',
      ['Ann Cole MEETS Tom Hale (negated)'],
    ],
    [
      '"until" before an event, not a time',
      'Ann Cole will not meet Tom Hale until the talks end.',
      ['Ann Cole MEETS Tom Hale (negated)'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
