// countryFirstKey: one key for the ways news names a country's body. Keys as stores make them (lower case,
// no dots, single spaces).
import { countryFirstKey } from '@kg/extractor/names';

test.each([
  ['us senate', 'united states senate'],
  ['supreme court of the united states', 'united states supreme court'],
  ['house of representatives of the united states', 'united states house of representatives'],
  ['uk parliament', 'united kingdom parliament'],
  ['parliament of the united kingdom', 'united kingdom parliament'],
  ['british parliament', 'united kingdom parliament'],
  ['peruvian parliament', 'peru parliament'],
  ['us troops', 'united states troops'],
  // Already the form, or no country's body: no other key.
  ['united states senate', undefined],
  ['peru parliament', undefined],
  ['bank of america', undefined],
  ['french open', undefined],
  ['house of representatives', undefined],
  ['senate', undefined],
])('%s → %s', (key, expected) => {
  expect(countryFirstKey(key)).toBe(expected);
});
