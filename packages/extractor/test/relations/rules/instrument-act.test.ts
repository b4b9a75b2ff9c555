// instrument-act: who signs an order, law or decree does what it does; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('instrument-act', () => {
  test.each([
    ['a decree', 'Governor Ann Cole signed a decree banning Acme Corp.', ['Ann Cole BLOCKS Acme Corp']],
    [
      'an order issued',
      'On Friday, Tom Hale issued an executive order postponing the Harbour Festival.',
      ['Tom Hale AFFECTS Harbour Festival', 'executive order AFFECTS Harbour Festival'],
    ],
    ['a law the subject only read', 'Tom Hale read a law banning Acme Corp.', []],
    ['no instrument noun', 'Tom Hale signed a letter banning Acme Corp.', []],
  ])('%s', (_name, text, expected) => {
    // (the title's own LEADS/WORKS_FOR edge is another rule's)
    expect(triplesOf(text).filter((t) => !/ (?:LEADS|WORKS_FOR) /.test(t))).toEqual(expected);
  });
});
