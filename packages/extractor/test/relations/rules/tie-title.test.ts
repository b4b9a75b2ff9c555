// tie-title: a tie word between a possessive name and another name; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('tie-title', () => {
  test.each([
    ['a rival', "Acme Corp's rival Beta Ltd cut prices.", 'Beta Ltd COMPETES_WITH Acme Corp'],
    [
      'a modifier before the tie word',
      "Acme Corp's longtime rival Beta Ltd cut its prices.",
      'Beta Ltd COMPETES_WITH Acme Corp',
    ],
    ['an ally', "Russia's ally Belarus sent troops.", 'Belarus PARTNERS_WITH Russia'],
    [
      'a former business partner',
      "Tom Hale's former business partner Ann Cole testified.",
      'Ann Cole PARTNERS_WITH Tom Hale',
    ],
    ['a lawyer works for the client', "Tom Hale's lawyer Ann Cole denied the charges.", 'Ann Cole WORKS_FOR Tom Hale'],
    ['an opponent', "Tom Hale's opponent Ann Cole won the vote.", 'Ann Cole COMPETES_WITH Tom Hale'],
    ['a parent company owns', "Acme Corp's parent company Beta Ltd reported losses.", 'Beta Ltd OWNS Acme Corp'],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([
    ['a pronoun possessor is too unsure', 'Acme Corp said its rival Beta Ltd cut prices.', /COMPETES_WITH/],
    ['a phrase after the tie word is no name', "Tom Hale's partner in crime Ann Cole fled.", /PARTNERS_WITH/],
    ['no possessive, no tie', 'Acme Corp rival Beta Ltd cut prices in Dorn.', /Beta Ltd COMPETES_WITH Acme Corp/],
  ])('no edge: %s', (_name, text, pattern) => {
    expect(triplesOf(text).filter((t) => pattern.test(t))).toEqual([]);
  });
});
