// member-title: "MP" before a person's name ties the person to the one parliament the article names; not to
// the European Parliament, nor when two parliaments are named. Sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('member-title', () => {
  test.each([
    [
      'the article names one parliament',
      'Budget passes\n\nThe Parliament of Norland passed the budget on Monday. MP Ann Cole voted for it.',
      ['Ann Cole WORKS_FOR Parliament of Norland'],
    ],
    [
      'a party before the title',
      'Budget passes\n\nThe Norland Legislature passed the budget. Labour MP Ann Cole voted for it.',
      ['Ann Cole WORKS_FOR Norland Legislature'],
    ],
    [
      'two parliaments: no edge',
      'Budget passes\n\nThe Parliament of Norland and the Parliament of Castor met. MP Ann Cole spoke.',
      [],
    ],
    [
      "the European Parliament is no MP's",
      'Budget passes\n\nThe European Parliament passed the budget. MP Ann Cole criticised it.',
      [],
    ],
    ['no parliament named: no edge', 'Budget passes\n\nMP Ann Cole voted for the budget on Monday.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => t.includes('WORKS_FOR'))).toEqual(expected);
  });
});
