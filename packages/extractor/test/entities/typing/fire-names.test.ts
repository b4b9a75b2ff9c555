// Named fires (typing/fire-names.ts): "the <Name> Fire" with no noun after it is the fire, an Event; a fire
// service's name before a title is an Organization. Sentences written for the test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a given name before "Fire", after "the"',
    text: 'The Franklin Fire broke out late on Monday near the canyon.',
    name: 'Franklin Fire',
    type: 'Event',
  },
  {
    rule: 'an unknown word before "Fire"',
    text: 'Residents fled as the Dorrow Fire spread toward the ridge.',
    name: 'Dorrow Fire',
    type: 'Event',
  },
  {
    rule: 'before a comma',
    text: 'Crews said the Marvel Fire, which started on Sunday, was half contained.',
    name: 'Marvel Fire',
    type: 'Event',
  },
  {
    rule: 'a fire service before a title',
    text: 'Kern County Fire Chief Ada Rusk said the roads were closed.',
    name: 'Kern County Fire',
    type: 'Organization',
  },
  {
    rule: 'a given name before "Fire" with no article: the service, no person',
    text: 'The blaze had grown to 9,000 acres, according to Cal Fire.',
    name: 'Cal Fire',
    type: 'Organization',
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));

test.each([
  // No article: an agency's short name.
  ['Cal Fire said the roads were closed on Monday.', 'Cal Fire', 'Event'],
  // A noun after it: what the name describes.
  ['The Dorrow Fire spokesman said the roads were closed.', 'Dorrow Fire', 'Event'],
  // A complement's fire word.
  ['Tourists visited the Ring of Fire in June.', 'Ring of Fire', 'Event'],
])('not a fire: %s', (text, name, type) => {
  expect(find(extract(text).entities, name)?.type).not.toBe(type);
});
