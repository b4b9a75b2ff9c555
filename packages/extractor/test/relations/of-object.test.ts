// The "of"-phrase of a verb's object: it belongs to the noun unless the noun acts for its owner or names an
// act or phase; sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('ofObject', () => {
  test.each([
    [
      'a place of X is what was visited, not X',
      'Ann Cole refused to visit a memorial of the Danish Navy.',
      'Ann Cole',
      'Danish Navy',
    ],
    [
      "an event of X's own life is no relation to X",
      '“With sadness I announce the death of Tom Hale,” said Ann Cole.',
      'Ann Cole',
      'Tom Hale',
    ],
    ['a thing of X neither', 'Pell Group restored the chapel of Castor Mining.', 'Pell Group', 'Castor Mining'],
    // The parse may keep "of" inside the object's phrase (objects-of.ts, thingOf).
    ['also when the parse joins the phrases', 'Acme Corp bought the rights of Beta Ltd.', 'Acme Corp', 'Beta Ltd'],
    ['with a compound noun', 'Acme Corp sold the trademark rights of Beta Ltd.', 'Acme Corp', 'Beta Ltd'],
  ])('%s', (_name, text, subject, object) => {
    expect(triplesOf(text).filter((t) => t.startsWith(`${subject} `) && t.includes(` ${object}`))).toEqual([]);
  });

  test.each([
    ['a place word names its place (guard)', 'Tom Hale visited the city of Dorn.', 'Tom Hale VISITS Dorn'],
    [
      'a noun acting for its owner passes the verb on',
      'Portugal backed the government of Tom Hale.',
      'Portugal SUPPORTS Tom Hale',
    ],
    [
      'a group noun names its members',
      'The Green Party nominated a ticket of Ann Cole for President.',
      'Green Party APPOINTS Ann Cole',
    ],
    [
      'an act noun keeps what it is done to',
      'Portugal sought the extradition of Tom Hale.',
      'Portugal RELATED_TO Tom Hale',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });
});
