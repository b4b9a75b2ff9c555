// maker: a body making a named product or brand creates it; sentences written for this test.
import { triplesOf } from './triples-of.js';

const makes = (text: string) => triplesOf(text).filter((t) => / CREATES /.test(t));

describe('maker', () => {
  test.each([
    [
      'a relative clause on the maker',
      'Brakko Foods, which makes Dalby Crisps, raised prices.',
      ['Brakko Foods CREATES Dalby Crisps'],
    ],
    ['a plain clause', 'Norland Motors makes the Vesta Roadster in Ohio.', ['Norland Motors CREATES Vesta Roadster']],
    ['a second object makes a role, not a product', 'Brakko Foods made Kestrel Labs its main supplier.', []],
    [
      '"which" never stands for a person: a maker typed as one is a body',
      'Morgan-Lowe, which makes Dalby Crisps, raised prices.',
      ['Morgan-Lowe CREATES Dalby Crisps'],
    ],
    [
      'a phrase opening its own relative clause is the next maker, not a product',
      'Brakko Foods, which makes Dalby Crisps, and Kestrel Labs which makes Zest Bars, raised prices.',
      ['Brakko Foods CREATES Dalby Crisps', 'Kestrel Labs CREATES Zest Bars'],
    ],
    ['a person makes no product here', 'Ann Cole makes Dalby Crisps at home.', []],
    ['an unnamed thing is no product node', 'Brakko Foods makes crisps and biscuits.', []],
  ])('%s', (_name, text, expected) => {
    expect(makes(text)).toEqual(expected);
  });
});
