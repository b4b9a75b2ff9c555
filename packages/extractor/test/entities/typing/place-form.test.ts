// Place by form (type-rules.ts place-form): a one-word name no rule typed, which compromise reads alone as a
// place by its form ("-ville", "-burg"), is a place guess, not the body default; not as a noun's modifier.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a town name ending in "-ville" at a route\'s end',
    text: 'Due to the storm, the fair moved from Carlow to Brennerville.',
    name: 'Brennerville',
    type: 'Place',
  },
  {
    rule: 'a town name after "planned for"',
    text: 'The fair was planned for Brennerville this year.',
    name: 'Brennerville',
    type: 'Place',
  },
];

describe('place by form', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test('a name modifying a noun names what is named after the town ("a Brennerville poll")', () => {
    expect(find(extract('In a Brennerville poll, Ann Cole led.').entities, 'Brennerville')?.type).not.toBe('Place');
  });
});
