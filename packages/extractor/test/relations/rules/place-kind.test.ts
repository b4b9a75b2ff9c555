// place-kind and the locative's country phrases: where a place lies; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('place-kind', () => {
  test.each([
    [
      'a state of a country',
      'Voters in the US state of Ohio waited, the United States said.',
      'Ohio PART_OF United States',
    ],
    [
      'a city of a country',
      'Storms hit the US city of Tulsa, the United States said.',
      'Tulsa LOCATED_IN United States',
    ],
    [
      'a commonwealth of a country',
      'Storms hit the United States commonwealth of Guam on Monday.',
      'Guam PART_OF United States',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([
    [
      'a place said to be a state of the country its demonym names',
      'Tasmania is the smallest Australian state by area. Australia has six states.',
      ['Tasmania PART_OF Australia'],
    ],
    ['a former state is none', 'Georgia is a former Soviet state. The Soviet Union fell in 1991.', []],
    [
      'the place must open the clause',
      'The capital of Tasmania is the smallest Australian city. Australia has six states.',
      [],
    ],
  ])('copula: %s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => / (?:PART_OF|LOCATED_IN) /.test(t))).toEqual(expected);
  });

  test.each([
    ['the capital, set beside', 'Talks were held in Hobart, the capital of Tasmania.', ['Hobart LOCATED_IN Tasmania']],
    ['the capital, called it', 'Oslo is the capital of Norway.', ['Oslo LOCATED_IN Norway']],
    ['a province, called it', 'Alberta is a province of Canada.', ['Alberta PART_OF Canada']],
    ['no larger place', 'Paris, the capital of fashion, hosted the show.', []],
    [
      'a capitalised kind names a body in a list',
      'It was backed by the city of Lyon, the State of France, and banks.',
      [],
    ],
  ])('described: %s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => / (?:PART_OF|LOCATED_IN) /.test(t))).toEqual(expected);
  });

  test('a region named before its country is not the container', () => {
    expect(triplesOf('Snow fell in the Altai region of Russia, and Russia was cold.')).not.toContain(
      'Russia PART_OF Altai',
    );
  });
});

describe('locative: a place in a country', () => {
  test.each([
    [
      'a compass word before the country',
      'Ohio in the southeastern United States is flat.',
      'Ohio LOCATED_IN United States',
    ],
    ['set aside by a comma', 'Protests were reported in Basra, in southern Iraq.', 'Basra LOCATED_IN Iraq'],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([
    ['a topic "in the" country is no located thing', 'Race relations in the United States worsened.'],
    ['a year after a comma is no place', 'He was born in Paris, in 1950.'],
  ])('%s', (_name, text) => {
    expect(triplesOf(text).filter((t) => t.includes('LOCATED_IN'))).toEqual([]);
  });
});
