// resolveTime(): each kind of time expression against an article date (Wednesday 2020-03-11), in the past
// tense news uses by default and in the future tense; explicit dates need no article date.
import { resolveTime, type Tense } from '../../src/relations/resolve-time.js';
import type { TimeMeaning } from '../../src/relations/time-expressions.js';

const REF = '2020-03-11';

test.each<[string, TimeMeaning, Tense, string | undefined]>([
  ['on Monday (past)', { kind: 'weekday', weekday: 1, shift: 0 }, 'past', '2020-03-09'],
  ['on Monday (future)', { kind: 'weekday', weekday: 1, shift: 0 }, 'future', '2020-03-16'],
  ['on Wednesday, the article’s own day', { kind: 'weekday', weekday: 3, shift: 0 }, 'past', '2020-03-11'],
  ['last Wednesday is a week back', { kind: 'weekday', weekday: 3, shift: -1 }, 'past', '2020-03-04'],
  ['next Friday', { kind: 'weekday', weekday: 5, shift: 1 }, 'past', '2020-03-13'],
  ['yesterday', { kind: 'relative', unit: 'day', offset: -1 }, 'past', '2020-03-10'],
  ['two days ago', { kind: 'relative', unit: 'day', offset: -2 }, 'past', '2020-03-09'],
  ['last week', { kind: 'relative', unit: 'week', offset: -1 }, 'past', '2020-W10'],
  ['last month across a year', { kind: 'relative', unit: 'month', offset: -3 }, 'past', '2019-12'],
  ['next year', { kind: 'relative', unit: 'year', offset: 1 }, 'future', '2021'],
  ['March 5 (past, same year)', { kind: 'date', month: 3, day: 5 }, 'past', '2020-03-05'],
  ['December 28 (past, the year before)', { kind: 'date', month: 12, day: 28 }, 'past', '2019-12-28'],
  ['December 28 (future, this year)', { kind: 'date', month: 12, day: 28 }, 'future', '2020-12-28'],
  ['January 3 (future, next year)', { kind: 'date', month: 1, day: 3 }, 'future', '2021-01-03'],
  ['in March (past, this month)', { kind: 'date', month: 3 }, 'past', '2020-03'],
  ['in May (past)', { kind: 'date', month: 5 }, 'past', '2019-05'],
  ['February 30 is no day', { kind: 'date', month: 2, day: 30, year: 2020 }, 'past', undefined],
  ['in 2014', { kind: 'date', year: 2014 }, 'past', '2014'],
])('%s', (_label, meaning, tense, expected) => {
  expect(resolveTime(meaning, REF, tense)).toBe(expected);
});

test.each<[string, TimeMeaning, string | undefined]>([
  ['a relative time needs the article date', { kind: 'weekday', weekday: 1, shift: 0 }, undefined],
  ['so does a date without its year', { kind: 'date', month: 3, day: 5 }, undefined],
  ['a full date does not', { kind: 'date', year: 2021, month: 5, day: 12 }, '2021-05-12'],
  ['nor does a month with its year', { kind: 'date', year: 2021, month: 5 }, '2021-05'],
])('without an article date: %s', (_label, meaning, expected) => {
  expect(resolveTime(meaning, undefined, 'past')).toBe(expected);
});

test('an article date that is not YYYY-MM-DD resolves nothing relative', () => {
  expect(resolveTime({ kind: 'relative', unit: 'day', offset: -1 }, 'last Tuesday', 'past')).toBeUndefined();
});
