// kin-title: a kin word between a person's possessive and another person's name ("his wife Ann Cole") ties the
// named person to the possessor; sentences written for this test.
import { triplesOf } from './triples-of.js';

const kin = (text: string) => triplesOf(text).filter((t) => t.includes('RELATIVE_OF'));

describe('kin-title', () => {
  test.each([
    ["a name's possessive", "Tom Hale's wife Ann Cole said the talks failed.", ['Ann Cole RELATIVE_OF Tom Hale']],
    ['a possessive pronoun', 'Ann Cole and her son Tom Hale visited Dorn.', ['Tom Hale RELATIVE_OF Ann Cole']],
    [
      'a modifier before the kin word',
      "Ann Cole's late husband Tom Hale founded Acme Corp.",
      ['Tom Hale RELATIVE_OF Ann Cole'],
    ],
    ['a body has no kin', "Acme Corp's son Tom Hale left.", []],
    ['a kin word of someone unnamed', "Tom Hale met his wife's brother Bill Moss.", []],
  ])('%s', (_name, text, expected) => {
    expect(kin(text)).toEqual(expected);
  });
});
