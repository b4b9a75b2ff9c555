// object-complement: a verb of labelling with an object and its complement labels the object; a quoted
// name is an end like any other name. Sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('object-complement', () => {
  test.each([
    ['a quoted complement', 'Ann Cole called the Pell Agreement "null and void".', ['Ann Cole LABELS Pell Agreement']],
    [
      'after a participle aside',
      'Governor Ann Cole, speaking to the Harbour Institute, called the Pell Agreement "a disgrace".',
      ['Ann Cole LABELS Pell Agreement'],
    ],
    ['declared … a …', 'The Red Cross declared the Pell Agreement a failure.', ['Red Cross LABELS Pell Agreement']],
    [
      'declared … to be …',
      'The Red Cross declared the Pell Agreement to be void.',
      ['Red Cross LABELS Pell Agreement'],
    ],
    ['declaring war labels nobody', 'Ruritania declared war on Molvania.', []],
    ['a call with no complement is no label', 'Ann Cole declared the Pell Agreement on Monday.', []],
    ['a coordinated subject may be half a name', 'Acme and Beta Group called the Pell Agreement "unfair".', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => / LABELS /.test(t))).toEqual(expected);
  });

  test.each([
    [
      'a quoted title is an object',
      'The Harbour Council voted to pass the "Clean Water Bill 2021" on Tuesday.',
      ['Harbour Council RELATED_TO Clean Water Bill 2021'],
    ],
    ['a nickname inside a name stays a quotation', 'Ann Cole married the singer Paul "Pip" Dunne in Ohio.', []],
    ['a name given by a naming word is no second thing', 'Acme launched a program dubbed "Harbour Star" in 2017.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => /Clean Water|Pip|Harbour Star/.test(t))).toEqual(expected);
  });
});
