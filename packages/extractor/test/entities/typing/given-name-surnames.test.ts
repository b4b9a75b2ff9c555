// A given name before a word as often a family name as a place head (typing/given-name-surnames.ts) is a
// person with no person cue, unless the article marks the name a place. Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a parse guess on the family name',
    text: 'Zoe Marsh is a member of the Harlow family, Don Harlow said.',
    name: 'Zoe Marsh',
    type: 'Person',
  },
  { rule: 'a place head as family name', text: 'Michael Bay directed the film.', name: 'Michael Bay', type: 'Person' },
  { rule: 'a lake', text: 'Grace Lake won the prize in June.', name: 'Grace Lake', type: 'Person' },
];

describe('given name before a surname-like place word', () => {
  test.each(cases)('$rule: "$text"', (c) => expectEntity(c));

  test.each([
    ['a preposition of motion', 'We flew to Byron Bay last year.', 'Byron Bay'],
    ['a place after a comma', 'Byron Bay, Australia is popular with surfers.', 'Byron Bay'],
    ['a head that is no family name', 'Trains stopped at Victoria Station on Monday.', 'Victoria Station'],
    ['a head that is no family name, no cue', 'Charles Bridge was crowded.', 'Charles Bridge'],
    ['"the" before it', 'Crowds filled the Peter Hall in Leeds. It was full.', 'Peter Hall'],
  ])('stays a place: %s', (_rule, text, name) => {
    expect(find(extract(text).entities, name)?.type).toBe('Place');
  });
});
