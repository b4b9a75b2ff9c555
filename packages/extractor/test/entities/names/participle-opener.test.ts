// participle-opener.ts: an unknown capitalised "-en" word opening a clause, which the parse guesses to be a past
// participle, is a given name before a name word; English participles and towns are not. Sentences written for
// the test.
import { extract } from '@kg/extractor';
import { notParticiple } from '../../../src/entities/names/participle-opener.js';
import { find } from '../entity-case.js';

test.each([
  [
    'Economists had expected the cut. Carsten Ruhle, head of research at Dorn Bank, said rates would fall.',
    'Carsten Ruhle',
  ],
  ['Maarten Vos left the company in May.', 'Maarten Vos'],
  ['Morten Hansen said the plan had failed.', 'Morten Hansen'],
])('%s → the person "%s"', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Person');
});

test.each([
  // A participle of an English verb, before a place's name, opens no name.
  ['Unbeaten Liverpool won again on Sunday.', 'Unbeaten Liverpool', 'Liverpool'],
  // A town's name ending in "-en" is a town's: the name after it is the town's show.
  ['Essen Motor Show opened on Friday.', 'Carsten', 'Essen Motor Show'],
])('%s: no "%s", but "%s"', (text, not, name) => {
  const entities = extract(text).entities;
  expect(find(entities, not)).toBeUndefined();
  expect(find(entities, name)).toBeDefined();
});

test.each([
  ['Carsten', true],
  ['Maarten', true],
  ['taken', false],
  ['beaten', false],
  ['forgotten', false],
  ['unbeaten', false],
  ['unwritten', false],
  ['Essen', false],
  ['golden', false],
])('notParticiple(%s) is %s', (word, expected) => {
  expect(notParticiple(word)).toBe(expected);
});
