// act-target: a stance on someone's act, candidacy or holding; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('act-target', () => {
  test.each([
    [
      'a decision criticised',
      "Rita Moss criticized Pell Group's decision to close the mine.",
      ['Rita Moss CRITICIZES Pell Group'],
    ],
    [
      'opposition to a swearing-in',
      'Senator Maria Lopez expressed opposition to the swearing-in of Tom Hale.',
      ['Maria Lopez CRITICIZES Tom Hale'],
    ],
    [
      'ruling against an order',
      "The Supreme Court ruled against Conley's extension of absentee voting.",
      ['Supreme Court BLOCKS Conley'],
    ],
    ['a comment on a death', "Rebecca Lane commented on Tom Hale's death.", ['Rebecca Lane MENTIONS Tom Hale']],
    ['a permit taken away', "Norway suspended Acme Air's permit on Monday.", ['Norway BLOCKS Acme Air']],
    ['help asked for', "Peru seeks Interpol's help.", ['Peru URGES Interpol']],
    [
      'a negated stance',
      'The Senate did not support the nomination of Tom Hale.',
      ['Senate SUPPORTS Tom Hale (negated)'],
    ],
    [
      'inside a statement, the speaker says so',
      "Ann Lee said the Senate would block Tom Hale's nomination.",
      ['Senate BLOCKS Tom Hale @Ann Lee'],
    ],
    ['condemning an arrest is no criticism of the one arrested', "Rita Moss condemned Tom Hale's arrest.", []],
    [
      'a pronoun possessor is a guess',
      'Tom Hale met Ann Lee. Rita Moss praised his decision.',
      ['Tom Hale MEETS Ann Lee'],
    ],
    ['a thing bought is no act', "Siemens bought Alstom's rail business.", ['Siemens ACQUIRES rail business']],
    ['a handling is no act of its "of"', 'Rita Moss criticized the handling of the crisis by Tom Hale.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
