// Kind lists (typing/kind-lists.ts): weakly typed names listed after a plural kind of place, or among places
// only, are places.
// Sentences written for the test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'the cities A and B',
    text: 'Flooding reached the cities Brenford and Castlemoor overnight.',
    name: 'Castlemoor',
    type: 'Place',
  },
  {
    rule: 'a comma before "including"',
    text: 'The ministry issued red alerts for 16 cities, including Rome and Castlemoor.',
    name: 'Castlemoor',
    type: 'Place',
  },
  {
    rule: 'first of a comma list after "such as"',
    text: 'Towns such as Arlow, Bexby and Corran lost power on Sunday.',
    name: 'Arlow',
    type: 'Place',
  },
  {
    rule: 'last of a comma list with a serial comma',
    text: 'Buses will stop in the villages of Dunmere, Elsby, and Farrowgate.',
    name: 'Farrowgate',
    type: 'Place',
  },
  {
    rule: 'a name listed among places only',
    text: 'The states voting next week are Alabama, Arkansas, Colorado, Texas and Virginia.',
    name: 'Virginia',
    type: 'Place',
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));

test.each([
  // A person named after the list ends is no part of it.
  ['The cities Brenford and Castlemoor asked Tomas Ekberg for help.', 'Tomas Ekberg', 'Place'],
  // A capitalised kind word is a name ("United States"), not a list.
  ['The Free States Corran and Delvin signed a treaty.', 'Delvin', 'Place'],
  // Among people, a name the parse took for a person stays one.
  ['The prize went to Smith, Jones and Virginia.', 'Virginia', 'Place'],
])('no retyping: %s', (text, name, type) => {
  expect(find(extract(text).entities, name)?.type).not.toBe(type);
});
