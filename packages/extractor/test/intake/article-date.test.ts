import { articleDate } from '../../src/intake/article-date.js';

test.each([
  ['2024-03-05', '2024-03-05'],
  ['2024-03-05T23:30:00-05:00', '2024-03-05'],
  ['Tue, 05 Mar 2024 23:30:00 -0500', '2024-03-05'],
  ['5 March 2024', '2024-03-05'],
  ['March 5, 2024', '2024-03-05'],
  ['Sept. 30, 2023', '2023-09-30'],
  [1709596800, '2024-03-05'],
  ['1709596800000', '2024-03-05'],
  [new Date('2024-03-05T12:00:00Z'), '2024-03-05'],
  ['2024-02-30', undefined],
  ['yesterday', undefined],
  ['', undefined],
  [null, undefined],
  [{ date: '2024-03-05' }, undefined],
])('articleDate(%j) → %j', (value, date) => {
  expect(articleDate(value)).toBe(date);
});
