// A person's name ending in a town ("Sudesh Amman") is a person when a person cue says so, even when its first
// word is unknown to the lexicon; the town alone then used as only a person is ("Amman, who …", "Amman said")
// is that person's family name. The town the article only names stays a place.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'unknown first word + town, an age after it',
    text: 'The driver, named as Tavish Leeds, 34, was arrested on Friday.',
    name: 'Tavish Leeds',
    type: 'Person',
  },
  {
    rule: 'unknown first word + town, a pronoun follows',
    text: 'Qorvan Paris spoke to reporters. He said the vote was rigged.',
    name: 'Qorvan Paris',
    type: 'Person',
  },
  {
    rule: 'the town alone, then "who"',
    text: 'Dorin Nairobi, 41, was named by police. Nairobi, who lived nearby, was arrested at his home.',
    name: 'Dorin Nairobi',
    type: 'Person',
    alias: ['Nairobi', 'surname'],
  },
  {
    rule: 'the town alone speaks',
    text: 'Ostrin Lagos, 29, was released on Monday. Lagos told reporters he was innocent.',
    name: 'Ostrin Lagos',
    type: 'Person',
    alias: ['Lagos', 'surname'],
  },
  {
    rule: 'an apposition and a pronoun, then the town alone claims',
    text: 'Mireva Paris, an Australian woman, said she was held. On board the Kestrel, Paris claims that she worked.',
    name: 'Mireva Paris',
    type: 'Person',
    alias: ['Paris', 'surname'],
  },
  {
    rule: 'the town alone is the subject of a past verb, never written as a place',
    text: 'President Ana Lisbon dismissed her finance minister. Lisbon named Tom Hale to replace him.',
    name: 'Ana Lisbon',
    type: 'Person',
    alias: ['Lisbon', 'surname'],
  },
];

describe('family names that are towns', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test.each([
    ['the town visited', 'Jack London wrote about the sea. He sailed to London in 1902.', 'London'],
    [
      'no person cue on the town alone',
      'Sudesh Amman, 20, was arrested. His family moved from Amman in 2010.',
      'Amman',
    ],
    ['two people share the name', 'Ana Lima, 30, and Rui Lima, 32, were held. Lima, who is their son, fled.', 'Lima'],
    ['unknown first word, no person cue', 'Navi Mumbai has grown fast. Its port is busy.', 'Navi Mumbai'],
    [
      'the town alone acts but is also written as a place',
      'Sudesh Amman, 20, was arrested. Amman banned cars in 2010. His family moved from Amman.',
      'Amman',
    ],
  ])('stays a place: %s', (_rule, text, name) => {
    expect(find(extract(text).entities, name)?.type).toBe('Place');
  });
});
