// person-of-body: a person's name followed by "of <Organization>"; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('person-of-body', () => {
  test.each([
    ['a person of an agency', 'Bill Harmon of NASA spoke of the launch.', 'Bill Harmon WORKS_FOR NASA'],
    [
      '"the" before the body',
      'Lena Ortiz of the World Health Organization said the risk was low.',
      'Lena Ortiz WORKS_FOR World Health Organization',
    ],
    [
      'a head title before the name leads the body',
      'On Monday, Director Lena Ortiz of the Dorn Health Institute said the risk was low.',
      'Lena Ortiz LEADS Dorn Health Institute',
    ],
    [
      'a subordinate head title does not',
      'Deputy Director Lena Ortiz of the Dorn Health Institute said the risk was low.',
      'Lena Ortiz WORKS_FOR Dorn Health Institute',
    ],
    ['nor does a rank', 'Professor Ann Cole of Oslo University said so.', 'Ann Cole WORKS_FOR Oslo University'],
    [
      "nor one whose title names another body: the party is the holder's",
      'On Monday, US President Tom Hale of the Harbour Party spoke.',
      'Tom Hale WORKS_FOR Harbour Party',
    ],
    [
      'a body owned by a named place',
      "Lena Ortiz of Norway's Bergen University said so.",
      'Lena Ortiz WORKS_FOR Bergen University',
    ],
    [
      'a unit owned by a named body',
      "Bill Harmon of Acme Corp's Beta Labs spoke in May.",
      'Bill Harmon WORKS_FOR Beta Labs',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([
    ['a place says where one lives', 'John Pratt of London wrote to the paper.'],
    ["a body owned by a person is no employer's part", "Ann Cole of Tom Hale's Harbour Party spoke in May."],
    ["a body's unnamed part names no body of the person", "Bill Harmon of the MDC's youth wing spoke in May."],
  ])('%s', (_name, text) => {
    expect(triplesOf(text).filter((t) => / WORKS_FOR /.test(t))).toEqual([]);
  });
});
