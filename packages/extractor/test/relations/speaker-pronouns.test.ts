// Pronouns that name the speaker of their statement: a body's "it" opening what it said, a body's "we" and a
// person's "I" inside their own quotation; sentences written for this test, read through their triples.
import { triplesOf } from './rules/triples-of.js';

describe('speaker pronouns', () => {
  test.each([
    [
      'a body says "it" of itself',
      'Norfield Holdings said on Monday it had bought Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining @Norfield Holdings'],
    ],
    ['a country too', 'Portugal said it would ban Pell Airways.', ['Portugal BLOCKS Pell Airways @Portugal']],
    [
      'the owner "its" opening what a body said',
      'Norfield Holdings said its chief executive, Tom Hale, would resign.',
      ['Tom Hale LEADS Norfield Holdings'],
    ],
    [
      'an "its" further on may be anything',
      'Norfield Holdings said Castor Mining and its chief executive, Tom Hale, had split.',
      [],
    ],
    [
      'a body quoted as "we"',
      '“We will buy Castor Mining,” Norfield Holdings said.',
      ['Norfield Holdings ACQUIRES Castor Mining @Norfield Holdings'],
    ],
    [
      'a person quoted as "I"',
      '“Last week I met Tom Hale in Leeds,” Ann Cole said.',
      ['Ann Cole LOCATED_IN Leeds @Ann Cole', 'Ann Cole MEETS Tom Hale @Ann Cole'],
    ],
    ['a person\'s "we" is not the person', '“We met Tom Hale in Leeds,” Ann Cole said.', []],
    [
      'a lone capitalised word guessed to be a body may be a person speaking for a group',
      '“These raids are our right, and we warn Castor Mining,” Brandt said.',
      [],
    ],
    ['an acronym is a body', '“We will buy Castor Mining,” the NRPC said.', ['NRPC ACQUIRES Castor Mining @NRPC']],
    [
      'after a gerund of saying, "it" may be what the clause named',
      'Pell Group sued Castor Mining over its new law, saying it would hurt Norfield Holdings.',
      ['Pell Group ACCUSES Castor Mining'],
    ],
    [
      'an "it" later in the statement may be anything',
      'Norfield Holdings said the deal would let it buy Castor Mining.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
