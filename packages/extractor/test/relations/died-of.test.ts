// "died of/from X": the cause of a death is LINKED_TO the one who died, and the place of the death stays
// where the death was; sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('died of', () => {
  test.each([
    ['"died of" a named disease', 'Ann Cole died of COVID-19 on Friday.', ['Ann Cole LINKED_TO COVID-19']],
    [
      'the place of the death',
      'Tom Hale died of COVID-19 in Ohio.',
      ['Tom Hale LINKED_TO COVID-19', 'Tom Hale LOCATED_IN Ohio'],
    ],
    ['a common illness is no end', 'Tom Hale died of pneumonia in Ohio.', ['Tom Hale LOCATED_IN Ohio']],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
