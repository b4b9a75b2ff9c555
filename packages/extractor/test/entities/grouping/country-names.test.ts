// A country named by another of its names is the one country, under the name news gives it
// (grouping/country-names.ts, merge-rules.ts 'country-short-form', names from the world-countries dataset).
// Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'an older name, then the current one',
    text: 'Protesters marched in Burma on Sunday. The military government of Myanmar imposed a curfew.',
    name: 'Myanmar',
    type: 'Place',
    alias: ['Burma', 'country-short-form'],
  },
  {
    rule: 'the official name, then the common one',
    text: 'The Russian Federation signed the treaty on Monday. Russia will cut its arsenal by a third.',
    name: 'Russia',
    type: 'Place',
    alias: ['Russian Federation', 'country-short-form'],
  },
  {
    rule: 'another name alone takes the common name',
    text: 'Voters in Czechia went to the polls on Saturday.',
    name: 'Czech Republic',
    type: 'Place',
  },
  {
    rule: 'a demonym the dataset gives, before a state noun',
    text: 'The Mauritanian government closed the border on Friday.',
    name: 'Mauritania',
    type: 'Place',
  },
  {
    rule: 'a demonym ending in "s" before a state noun',
    text: 'The Swiss government said on Monday that the talks would resume.',
    name: 'Switzerland',
    type: 'Place',
  },
  {
    rule: "a demonym only the dataset knows, ending in 's'",
    text: 'The Seychellois government declared a holiday on Friday.',
    name: 'Seychelles',
    type: 'Place',
  },
  {
    rule: 'a small state the lexicon does not know',
    text: 'The president of Kiribati arrived on Monday.',
    name: 'Kiribati',
    type: 'Place',
  },
];

describe('country names', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test('two countries named in one breath stay two', () => {
    const { entities } = extract('Ministers from Burma and Thailand met in Bangkok on Monday.');
    expect(entities.filter((e) => e.type === 'Place').map((e) => e.name)).toEqual(
      expect.arrayContaining(['Myanmar', 'Thailand', 'Bangkok']),
    );
  });
});
