// Maker cues (typing/maker-cues.ts): a name "which makes" another is a company and the made name a product.
// Sentences written for the test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'factory goods made by a name that looks personal',
    text: 'Doctors compared it with Zeltavo, a rival drug made by Eli Varga.',
    name: 'Eli Varga',
    type: 'Organization',
  },
  {
    rule: 'the made name after "which makes"',
    text: 'Dunmore Mills, which makes Softel Towels, said sales rose in March.',
    name: 'Softel Towels',
    type: 'Product',
  },
  {
    rule: 'the maker before ", which makes"',
    text: 'Dunmore Mills, which makes Softel Towels, said sales rose in March.',
    name: 'Dunmore Mills',
    type: 'Organization',
  },
  {
    rule: 'a maker whose name looks personal',
    text: 'Shoppers cleared the shelves. Kimberly-Haynes, which manufactures Dovepaper, added a night shift.',
    name: 'Kimberly-Haynes',
    type: 'Organization',
  },
  {
    rule: 'a made name with its kind noun before "and"',
    text: 'Talbrook Foods, which produces Morrow Crisps and other snacks, closed a plant.',
    name: 'Morrow Crisps',
    type: 'Product',
  },
  {
    rule: '"the maker of <Name>"',
    text: 'Sales were strong for Halvren, the maker of the Ostrava tablet.',
    name: 'Ostrava',
    type: 'Product',
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));

test.each([
  // Causative "makes": the person is no product.
  ['The new rule, which makes Daniel Okafor the favourite, was passed on Monday.', 'Daniel Okafor', 'Product'],
  // A person after a comma and "who makes" is not touched.
  ['Marta Lindqvist, who makes Ferrow Chairs, opened a shop.', 'Marta Lindqvist', 'Organization'],
])('no retyping: %s', (text, name, type) => {
  expect(find(extract(text).entities, name)?.type).not.toBe(type);
});
