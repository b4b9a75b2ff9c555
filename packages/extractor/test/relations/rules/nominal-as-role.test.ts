// nominal-as-role: a noun of taking a post with its person and "as <role> of <body>"; sentences written for
// this test.
import { triplesOf } from './triples-of.js';

describe('nominal-as-role', () => {
  test.each([
    [
      'the election of a person as president of a body',
      'The election of Ann Cole as president of the Harbour Club surprised many.',
      ['Ann Cole LEADS Harbour Club'],
    ],
    [
      'a possessor’s appointment as an officer of a body',
      "Bo Lind's appointment as secretary of Pell Group was announced on Monday.",
      ['Bo Lind WORKS_FOR Pell Group'],
    ],
    ['a nomination is not the post', 'The nomination of Ann Cole as president of the Harbour Club surprised many.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
