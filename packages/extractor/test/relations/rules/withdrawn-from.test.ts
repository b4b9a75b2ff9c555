// withdrawn-from: "S withdrew O from X" ties S and O to X, not S to O; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('withdrawn-from', () => {
  test.each([
    [
      'the one acting and the one taken out are both tied to the thing left',
      'Tom Hale withdrew Norway from the Harbour Treaty in 2017.',
      ['Norway RELATED_TO Harbour Treaty', 'Tom Hale RELATED_TO Harbour Treaty'],
    ],
    [
      "an unnamed thing taken out leaves the subject's tie",
      'Norway pulled its ambassador from Sweden on Monday.',
      ['Norway RELATED_TO Sweden'],
    ],
    [
      'a thing left with no node gives no edge to the one taken out',
      'Tom Hale withdrew Norway from a treaty with Sweden.',
      [],
    ],
    [
      'without a "from" phrase the object stays the object',
      'Acme Corp withdrew Beta Group.',
      ['Acme Corp RELATED_TO Beta Group'],
    ],
    ['a plain "withdraw from"', 'Acme Corp withdrew from the Harbour Treaty.', ['Acme Corp RELATED_TO Harbour Treaty']],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
