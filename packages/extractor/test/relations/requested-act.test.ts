// Acts only asked for: a clause after a verb of request or advice is hedged when typed, and makes no edge
// when untyped or negated; sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('requestedAct', () => {
  test.each([
    [
      'a request not to do something is no negated fact of the one asked',
      'The embassy asked Danish citizens not approach the Old Harbour Museum.',
      [],
    ],
    ['with "that" too', 'The court ordered that Pell Group not contact Castor Mining.', []],
    [
      'a recommended act is hedged',
      'Tom Hale recommended Norfield Holdings buy Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    [
      'a demanded act is hedged',
      'Ann Cole demanded that Norfield Holdings buy Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining (hedged)'],
    ],
    ['an untyped requested act makes no edge', 'Ann Cole asked that Pell Group reconsider Castor Mining.', []],
    [
      'a past tense after "asked" reports what happened',
      'Ann Cole asked why Norfield Holdings bought Castor Mining.',
      ['Norfield Holdings ACQUIRES Castor Mining'],
    ],
    [
      'a verb that also reports facts is no request',
      'Tom Hale insists Norfield Holdings owns Castor Mining.',
      ['Norfield Holdings OWNS Castor Mining @Tom Hale'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text, { hedged: true })).toEqual(expected);
  });
});
