// "his agency", "her company": a body owned by a person's pronoun stands for the one organisation the
// sentence ties the person to; sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('own bodies', () => {
  test.each([
    [
      '"P of E" ties the person to the body',
      'Bill Lind of Nexora spoke of the collaboration between his agency and Castor Mining.',
      ['Bill Lind WORKS_FOR Nexora', 'Nexora PARTNERS_WITH Castor Mining'],
    ],
    [
      'a title "E <role> P" ties too, inside a statement',
      'Acme Corp administrator Ann Cole said her company would buy Beta Group.',
      ['Acme Corp ACQUIRES Beta Group @Ann Cole', 'Ann Cole LEADS Acme Corp'],
    ],
    [
      'two people, two bodies: "his" is unresolved',
      'Bill Lind of Nexora and Tom Hale of Acme Corp praised the talks between his agency and Castor Mining.',
      ['Bill Lind WORKS_FOR Nexora', 'Tom Hale WORKS_FOR Acme Corp'],
    ],
    ['no tie in the sentence: nothing', 'Tom Hale said his company would buy Beta Group.', []],
  ])('%s', (_, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
