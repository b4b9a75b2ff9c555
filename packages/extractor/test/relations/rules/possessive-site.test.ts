// possessive-site: an organisation's site "in/at" a named place puts the organisation there; sentences
// written for this test.
import { triplesOf } from './triples-of.js';

describe('possessive-site', () => {
  test.each([
    ['a store', "Acme Corp's store in Springfield closed early on Monday.", ['Acme Corp LOCATED_IN Springfield']],
    ['a plural possessive', "Beta Foods' factory at Leeds reopened.", ['Beta Foods LOCATED_IN Leeds']],
    [
      'a modifier before the site',
      "Acme Corp's main office in Springfield moved.",
      ['Acme Corp LOCATED_IN Springfield'],
    ],
    ['a country owns no site here', "Norland's embassy in Paris was closed.", []],
    ['not a site', "Acme Corp's sales in Springfield fell.", []],
    ['the place names a smaller place', "Acme Corp's store in the Springfield mall closed.", []],
    ["one of a brand's many sites", "Police found him at a Dornburger's restaurant in Springfield.", []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => t.includes('LOCATED_IN'))).toEqual(expected);
  });
});
