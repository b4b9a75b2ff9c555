// A step on a scale ("Category 5", "Level 4") and a tournament's lettered group ("Group G") grade or stage a
// thing (typing/scale-steps.ts): a Concept, never a Product or a body; a rank word cut from its number is no
// name at all (names/not-names.ts).
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['Hurricane Lorna strengthened to a Category 5 storm on Monday.', 'Category 5'],
  ['The tumour had reached Stage 3 when doctors found it.', 'Stage 3'],
  ['In the first game of Group G, Belgium beat Panama 3–0.', 'Group G'],
  ['Lisbon topped Pool B after a late try.', 'Pool B'],
])('%s → "%s" is a Concept', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Concept');
});

test('a rank word cut from its number is no name', () => {
  expect(extract('Dorn moved to Level 4 restrictions after the outbreak.').entities.map((e) => e.name)).not.toContain(
    'Level',
  );
});

test.each([
  // A model number after a maker's name is still a product.
  ['The Boeing 737 landed in Dorn on Friday.', 'Boeing 737', 'Product'],
  ['Belgium and Panama met in Sochi.', 'Panama', 'Place'],
])('%s → "%s" is a %s', (text, name, type) => {
  expect(find(extract(text).entities, name)?.type).toBe(type);
});
