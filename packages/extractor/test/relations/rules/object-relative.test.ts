// object-relative: the phrase before "which/whom/who" is the object of the relative clause's own subject and
// verb; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('object-relative', () => {
  test.each([
    [
      'a company its buyer bought',
      'Beta Holdings, which Acme Corp bought in 2019, will close its plant.',
      ['Acme Corp ACQUIRES Beta Holdings'],
    ],
    [
      'a person a body hired',
      'Ann Cole, whom the Harbour Club hired in May, resigned on Friday.',
      ['Harbour Club APPOINTS Ann Cole'],
    ],
    [
      'a negated verb keeps its polarity',
      'Kosovo, which Serbia does not recognize, joined the talks.',
      ['Serbia RELATED_TO Kosovo (negated)'],
    ],
    ['a clause with an object of its own', 'Beta Holdings, which Acme Corp lent a large sum, will close.', []],
    [
      'a subject relative is not read here',
      'Acme Corp, which owns Beta Holdings, will close.',
      ['Acme Corp OWNS Beta Holdings'],
    ],
    ['a stranded preposition', 'The treaty of Lisbon, which Norway voted against, took effect.', []],
    ['"who" for "whom"', 'Ann Cole, who Tom Hale defeated in 2016, is running again.', ['Tom Hale DEFEATS Ann Cole']],
    [
      'a body a country wants to join: a member, not a partner',
      'The Baltic Council, which Norland wants to join, met on Monday.',
      ['Norland PART_OF Baltic Council'],
    ],
    ['"who" with a clause of its own after the verb', 'Ann Cole, who Tom Hale said had left, returned.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
