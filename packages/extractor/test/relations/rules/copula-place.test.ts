// copula-place: a subject that "is in/at" a named place is located there; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('copula-place', () => {
  test.each([
    ['a person in a city', 'Tom Hale is in Paris this week.', ['Tom Hale LOCATED_IN Paris']],
    ['an event', 'The Harbour Summit was in Oslo last year.', ['Harbour Summit LOCATED_IN Oslo']],
    ['negated', 'Tom Hale was not in Paris on Monday.', ['Tom Hale LOCATED_IN Paris (negated)']],
    ['no place after "in"', 'Acme Corp is in talks with Beta Holdings.', []],
    ['the place does not end its phrase', 'Tom Hale is in the Paris office of Acme Corp.', []],
    ['inside a quotation', 'Acme Corp said: “Tom Hale is in Paris.”', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
