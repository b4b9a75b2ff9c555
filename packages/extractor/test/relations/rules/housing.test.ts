// housing: what a place houses or is home to is located there; sentences written for this test.
import { phrasesOf, triplesOf } from './triples-of.js';

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

// The edge runs from the housed thing to the place; its words say so ("houses" under it would read the
// museum housing the city). A place's state or country after its comma is not what "which" stands for.
test.each([
  ['Leeds houses the Beta Museum.', ['Beta Museum LOCATED_IN "housed in" Leeds']],
  ['Leeds is home to Acme Corp.', ['Acme Corp LOCATED_IN "in" Leeds']],
  [
    'Acme Corp moved to Dorn, Texas, which houses the Beta Museum.',
    ['Dorn LOCATED_IN "," Texas', 'Beta Museum LOCATED_IN "housed in" Dorn'],
  ],
  [
    'Dorn County, Texas, which is home to Acme Corp, voted on Monday.',
    ['Dorn County LOCATED_IN "," Texas', 'Acme Corp LOCATED_IN "in" Dorn County'],
  ],
])('%s → %j', (text, expected) => {
  expect(phrasesOf(text).filter((t) => / LOCATED_IN /.test(t))).toEqual(expected);
});
