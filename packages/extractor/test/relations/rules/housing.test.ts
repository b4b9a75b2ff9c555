// housing: what a place houses or is home to is located there; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('housing', () => {
  test.each([
    [
      'a base housing soldiers',
      'Rocket attack on Syrian army base\n\nOn Monday, a rocket attack on a Syrian army base housing Russian soldiers near Homs killed two people.',
      ['Russian soldiers LOCATED_IN Syrian army base'],
    ],
    [
      '"is home to" a list',
      'Leeds is home to the cities Otley and Ilkley.',
      ['Ilkley LOCATED_IN Leeds', 'Otley LOCATED_IN Leeds'],
    ],
    [
      '", home to" in apposition',
      'Homs, home to the Harbour Museum, was calm on Monday.',
      ['Harbour Museum LOCATED_IN Homs'],
    ],
    ['a body is no place', 'The Harbour League is home to Acme Corp and Beta Group.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => / (?:LOCATED_IN|RELATED_TO) /.test(t))).toEqual(expected);
  });
});
