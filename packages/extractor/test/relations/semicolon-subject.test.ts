// A verb right after a semicolon has the subject of the clause before it (a headline's second clause:
// "Peru issues warrants; seeks Interpol's aid"); sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('subject after a semicolon', () => {
  test.each([
    [
      'a second clause with no subject',
      'Pell Group bought Beta Holdings in April; sued Acme Corp in May',
      ['Pell Group ACCUSES Acme Corp', 'Pell Group ACQUIRES Beta Holdings'],
    ],
    [
      'help sought by the first subject',
      "Peru issues warrants for 12 people; seeks Interpol's aid",
      ['Peru URGES Interpol'],
    ],
    [
      'a clause with its own subject',
      'Acme Corp bought Beta Holdings; Ann Cole praised the deal.',
      ['Acme Corp ACQUIRES Beta Holdings'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
