// possessive-person: a person's name right after a place's or body's possessive; sentences written for this test.
import { triplesOf } from './triples-of.js';

const ties = (text: string) => triplesOf(text).filter((t) => / (?:LOCATED_IN|WORKS_FOR|LEADS) /.test(t));

describe('possessive-person', () => {
  test.each([
    [
      "a country's athlete comes from it",
      "Kenya's Brigid Kosgei won the race in Chicago.",
      ['Brigid Kosgei LOCATED_IN Kenya'],
    ],
    ["a city's player too", "Oslo's Tom Hale scored twice on Sunday.", ['Tom Hale LOCATED_IN Oslo']],
    [
      "a body's reporter works for it",
      "Acme Corp's Ann Cole said the deal was done.",
      ['Ann Cole WORKS_FOR Acme Corp'],
    ],
    [
      "a title between them is the title rules' (no second reading)",
      "Norway's Prime Minister Ann Cole spoke.",
      ['Ann Cole LEADS Norway'],
    ],
    ['a made thing typed as a person is no person', "NASA's James Webb Telescope will fly next year.", []],
    ["a person's possessive says nothing of a tie", "Tom Hale's Ann Cole spoke first.", []],
  ])('%s', (_name, text, expected) => {
    expect(ties(text)).toEqual(expected);
  });
});
