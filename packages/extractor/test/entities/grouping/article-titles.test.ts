// A capitalised "The" inside a sentence before a one-word name is part of it (grouping/article-titles.ts): the
// bare word is shared by other things ("the Atlantic" the ocean). Not at a clause's start, not for a country or
// a longer name, not when the article also writes the word without "The". Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'an outlet told something',
    text: 'Voter Ann Cole told The Meridian that the vote in Dorn was close.',
    name: 'The Meridian',
    type: 'Organization',
  },
  {
    rule: 'a city named with its article',
    text: 'The court in The Hague ruled on Monday that Dorn had to pay.',
    name: 'The Hague',
    type: 'Place',
  },
];

describe('names with "The"', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test.each([
    ['only at the clause start', 'The Meridian reported on Monday that the vote in Dorn was close.', 'Meridian'],
    ['a country', 'Officials in The Netherlands agreed to pay Dorn on Monday.', 'Netherlands'],
    [
      'the word also written without "The"',
      'Ann Cole told The Meridian about the storm. Readers of Meridian in Dorn were warned.',
      'Meridian',
    ],
  ])('no "The": %s', (_rule, text, name) => {
    const { entities } = extract(text);
    expect(find(entities, name)).toBeDefined();
    expect(find(entities, `The ${name}`)).toBeUndefined();
  });

  test('a longer name keeps its own form', () => {
    const { entities } = extract('Ann Cole told The Daily Meridian that the vote in Dorn was close.');
    expect(find(entities, 'The Daily Meridian')).toBeUndefined();
  });
});
