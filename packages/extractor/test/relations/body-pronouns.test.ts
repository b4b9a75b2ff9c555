// "It" opening a sentence for the organisation the sentence before was about; sentences written for this
// test, read through their triples.
import { triplesOf } from './rules/triples-of.js';

describe('body pronouns', () => {
  test.each([
    [
      'the subject of the sentence before',
      'Norfield Holdings was founded in 1990. It acquired Castor Mining in 2001.',
      ['Norfield Holdings ACQUIRES Castor Mining'],
    ],
    [
      'a name ending in a plural word is still "it"',
      'Norfield Holdings sold shares. It acquired Castor Mining in 2001.',
      ['Norfield Holdings ACQUIRES Castor Mining'],
    ],
    [
      'a possessive names no rival',
      "Pell Airways was Norland's first airline. It acquired Castor Mining in 2001.",
      ['Pell Airways ACQUIRES Castor Mining'],
    ],
    [
      'a thing the verb acted on may be "it"',
      'Norfield Holdings bought a mine. It acquired Castor Mining in 2001.',
      [],
    ],
    [
      'a place named beside the subject may be "it"',
      'Norfield Holdings is the largest firm in Norland. It acquired Castor Mining in 2001.',
      [],
    ],
    ['a person is no "it"', 'Ann Cole was born in 1950. It acquired Castor Mining in 2001.', []],
    [
      'an "it" for a clause',
      'Norfield Holdings was founded in 1990. It is possible that Ann Cole acquired Castor Mining.',
      ['Ann Cole ACQUIRES Castor Mining'],
    ],
    [
      'an "it" for what was reported',
      'Norfield Holdings was founded in 1990. It was reported that Ann Cole met Castor Mining.',
      ['Ann Cole MEETS Castor Mining'],
    ],
    ['not across a paragraph', 'Norfield Holdings was founded in 1990.\n\nIt acquired Castor Mining in 2001.', []],
    [
      'not inside a quotation',
      'Norfield Holdings was founded in 1990. "It acquired Castor Mining in 2001," Ann Cole said.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => !t.includes(' SAYS '))).toEqual(expected);
  });

  // "Its director, Ines Moreau, …": the role's owner is the organisation or place the sentence before was about;
  // a thing acted on is no rival, for it has no director.
  test.each([
    [
      'an organisation',
      'The Harbour Alliance criticised the move. Its leader, Tom Hale, said rates would hurt families.',
      ['Tom Hale LEADS Harbour Alliance'],
    ],
    [
      'a town',
      'The port city of Davila was hit hardest. Its mayor, Rosa Lim, asked residents to stay indoors.',
      ['Rosa Lim LEADS Davila'],
    ],
    [
      'past a relative clause set off by commas after the subject',
      'The Dorn Chamber of Commerce, which represents 12,000 companies, said the plan was short-sighted. Its president, Eva Holm, urged a delay.',
      ['Eva Holm LEADS Dorn Chamber of Commerce'],
    ],
    [
      'a made thing acted on is no rival: it has no officers',
      'The Dorn Aviation Agency capped output of the Kestrel 900 jet. Its administrator, Mike Hale, said inspectors would stay.',
      ['Mike Hale LEADS Dorn Aviation Agency'],
    ],
    [
      'past a relative clause that names another body',
      'Dorn County, which owns a fifth of Acme Motors, welcomed the deal. Its mayor, Olaf Lies, said it was fair.',
      ['Olaf Lies LEADS Dorn County'],
    ],
    [
      'a kind of body after the name, though the kind word is a topic elsewhere',
      'The Dorn Dockers union, which opposed the sale, welcomed the ruling. Its president, Eva Holm, said the union was ready.',
      ['Eva Holm LEADS Dorn Dockers'],
    ],
    [
      'not when another body is named beside the subject',
      'Norfield Holdings sued Castor Mining in Oslo. Its director, Ann Cole, said the case was strong.',
      [],
    ],
    [
      'not across a paragraph',
      'The Harbour Alliance criticised the move.\n\nIts leader, Tom Hale, said rates would hurt families.',
      [],
    ],
  ])('"Its" and a role before a name: %s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => t.includes(' LEADS ') || t.includes(' WORKS_FOR '))).toEqual(expected);
  });
});
