// companion-subject: "X and his/her counterparts (, A and B,) met in Oslo" makes X one more subject beside
// the people the possessed phrase names; sentences written for this test, read through the triples they give.
import { triplesOf } from './rules/triples-of.js';

describe('companionOf', () => {
  test.each([
    [
      'a possessed phrase naming no one: the name before it acts',
      'Ann Lee and her counterparts met in Oslo on Monday.',
      ['Ann Lee LOCATED_IN Oslo'],
    ],
    [
      'one counterpart in apposition: she meets him, both are there',
      'Ann Lee and her Danish counterpart, Tom Hale, met in Oslo on Monday.',
      ['Ann Lee LOCATED_IN Oslo', 'Ann Lee MEETS Tom Hale', 'Tom Hale LOCATED_IN Oslo'],
    ],
    [
      'several counterparts after a list of adjectives, "respectively": he meets each, not they one another',
      'Tom Hale and his Swedish, Finnish and Danish counterparts, Bo Berg, Eva Lind and Karl Holm, respectively, gathered in Oslo.',
      [
        'Bo Berg LOCATED_IN Oslo',
        'Eva Lind LOCATED_IN Oslo',
        'Karl Holm LOCATED_IN Oslo',
        'Tom Hale LOCATED_IN Oslo',
        'Tom Hale MEETS Bo Berg',
        'Tom Hale MEETS Eva Lind',
        'Tom Hale MEETS Karl Holm',
      ],
    ],
    ['a verb with an object', 'Ann Lee and her aides visited Paris last week.', ['Ann Lee VISITS Paris']],
    [
      '"respectively" after a plain list',
      'Tom Hale and Bo Berg, respectively, arrived in Oslo.',
      ['Bo Berg VISITS Oslo', 'Tom Hale VISITS Oslo'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });

  test.each([
    ["the name is a preposition's object", 'Talks with Ann Lee and her counterparts continued in Oslo.'],
    ['the possessor is someone else', 'Ann Lee and his counterparts met in Oslo after Tom Hale spoke.'],
    ['no possessive pronoun', 'Ann Lee and the counterparts met in Oslo.'],
  ])('no subject beside the phrase: %s', (_name, text) => {
    expect(triplesOf(text).filter((t) => /^Ann Lee /.test(t))).toEqual([]);
  });
});
