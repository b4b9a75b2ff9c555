// A person's name, an ordinary word and a head word (typing/named-after-person.ts) name a thing of that
// person's, not the person: an administration, a building. Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a president\'s "White House" is his administration',
    text: 'She was a press aide in the Jimmy Carter White House before she moved to Denver.',
    name: 'Jimmy Carter White House',
    type: 'Organization',
  },
  {
    rule: 'a mosque named after a titled ruler',
    text: 'Thousands prayed at the Sultan Hamad Grand Mosque on Friday.',
    name: 'Hamad Grand Mosque',
    type: 'Place',
  },
];

describe('named after a person', () => {
  test.each(cases)('$rule: "$text"', (c) => expectEntity(c));

  // A surname that is also a head word stays the person's.
  test.each([
    ['Senator Tom Hall spoke in Dover on Monday.', 'Tom Hall'],
    ['Director Ann Lake said the film was finished.', 'Ann Lake'],
  ])('a person: "%s"', (text, name) => {
    expect(find(extract(text).entities, name)?.type).toBe('Person');
  });
});
