// maker-name: a body the article names opening the name of a product before a vehicle or device noun
// creates the product; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('maker-name', () => {
  test.each([
    [
      'a maker before a phone',
      'Nokia said the Nokia Lumia 920 phone would sell well.',
      ['Nokia CREATES Nokia Lumia 920'],
    ],
    ['a maker before a jet', 'Boeing tested the Boeing 737 MAX jet again.', ['Boeing CREATES Boeing 737 MAX']],
    ['no kind noun after the product', 'Nokia sold the Nokia Lumia 920 in May.', ['Nokia SELLS Nokia Lumia 920']],
    [
      'no body of its own in the article',
      'The Harbour Rail Bolt 7 train left Oslo.',
      ['Harbour Rail Bolt 7 RELATED_TO Oslo'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
