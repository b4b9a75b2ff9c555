// The sense of "develop" (relations/condition-sense.ts): a person who develops an illness or a health
// problem does not create it; a body that develops a product does. Sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

test.each([
  ['a health problem', 'While in hospital, Ann Vole developed kidney problems.', 'Ann Vole CREATES kidney problems'],
  [
    'complications',
    'Tom Hale developed severe complications after the surgery.',
    'Tom Hale CREATES severe complications',
  ],
  ['an infection', 'Bo Lind developed a lung infection in May.', 'Bo Lind CREATES lung infection'],
])('no CREATES for coming down with %s', (_name, text, absent) => {
  expect(triplesOf(text)).not.toContain(absent);
});

test.each([['a product', 'Acme Corp developed ZephyrOS in 2019.', 'Acme Corp CREATES ZephyrOS']])(
  'CREATES for making %s',
  (_name, text, present) => {
    expect(triplesOf(text)).toContain(present);
  },
);
