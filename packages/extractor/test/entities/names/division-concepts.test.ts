// A political division's word alone ("state", "county") makes no Concept node (names/concepts.ts): with
// "the" it refers to the place the article names (descriptions.ts), with "a" to any such place.
import { extract } from '@kg/extractor';

test.each([
  ['Delegates come from a state, territory, or district. Each state sends four delegates.', 'state'],
  ['Farmers in Ohio said the county had no water. Every county has a plan.', 'county'],
  ['Voters in a province may appeal. The province rejected it.', 'province'],
])('%s → no Concept "%s"', (text, word) => {
  expect(extract(text).entities.filter((e) => e.type === 'Concept' && e.name === word)).toEqual([]);
});

test('the state of a named place is still its mention', () => {
  const e = extract('Voters in the state of Wisconsin went to the polls. The state had delayed the vote.').entities;
  const wisconsin = e.find((x) => x.name === 'Wisconsin')!;
  expect(wisconsin.mentions.some((m) => m.text === 'The state')).toBe(true);
});
