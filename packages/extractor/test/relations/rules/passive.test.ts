// passive: an agentless passive names no second party through a scene preposition (a buyer "to" whom a thing
// was sold acquires it); sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('passive', () => {
  test.each([
    ['the "by" agent acts', 'Tom Hale was sued by Acme Corp in May.', ['Acme Corp ACCUSES Tom Hale']],
    ["a leading verb's agent leads", 'The Karsby Party is chaired by Ann Cole.', ['Ann Cole LEADS Karsby Party']],
    [
      'also in a participle set off by commas',
      'The Karsby Party, led by Ann Cole, won 148 seats.',
      ['Ann Cole LEADS Karsby Party'],
    ],
    [
      'not a phrase after a preposition, which the participle may not describe',
      'Ann Cole began an inquiry at Dorn Airport, led by Tom Hale.',
      [],
    ],
    [
      'on each patient of a subject list',
      'Tom Hale, Ann Cole and Bob Lee were sued by Acme Corp.',
      ['Acme Corp ACCUSES Ann Cole', 'Acme Corp ACCUSES Bob Lee', 'Acme Corp ACCUSES Tom Hale'],
    ],
    [
      'each patient was where it was done',
      'Tom Hale and Ann Cole were arrested in Oslo.',
      ['Ann Cole LOCATED_IN Oslo', 'Tom Hale LOCATED_IN Oslo'],
    ],
    [
      '"in" a place is where it was done',
      'Ann Cole was hospitalized in Singapore in April.',
      ['Ann Cole LOCATED_IN Singapore'],
    ],
    ['"in" a region that is no place', 'Ann Cole was praised in the West.', []],
    ['"on" a channel', 'Tom Hale was interviewed on Fox News last week.', []],
    ['"at" a body', 'Ann Cole was treated at the Mayo Clinic.', []],
    [
      'an untyped act keeps the order its words read in',
      'Tom Hale is survived by Ann Cole.',
      ['Tom Hale RELATED_TO Ann Cole'],
    ],
    [
      'so does an untyped act with a "by" agent',
      'Ann Cole was followed closely by Tom Hale in the race.',
      ['Ann Cole RELATED_TO Tom Hale'],
    ],
    [
      'a thing sold "to" a buyer is acquired by it',
      'Acme Corp was sold to Beta Ltd in 2010.',
      ['Beta Ltd ACQUIRES Acme Corp'],
    ],
    ['a sale denied', 'Acme Corp was not sold to Beta Ltd.', ['Beta Ltd ACQUIRES Acme Corp (negated)']],
    ['being married is kin', 'Ann Cole is married to Tom Hale.', ['Ann Cole RELATIVE_OF Tom Hale']],
    [
      'a giving verb keeps the thing given (verb-complement.ts GIVING_VERBS)',
      'Ann Cole was awarded the Nobel Peace Prize in 2019.',
      ['Ann Cole RELATED_TO Nobel Peace Prize'],
    ],
    ['another verb with an object keeps none', 'Ann Cole was shown the Nobel Peace Prize.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
