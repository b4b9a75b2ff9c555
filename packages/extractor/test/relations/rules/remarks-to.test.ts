// remarks-to: remarks "on/about" a topic made "to" a person or body: the speaker SAYS the addressee;
// sentences written for this test.
import { triplesOf } from './triples-of.js';

const says = (text: string) => triplesOf(text).filter((t) => / SAYS /.test(t));

describe('remarks-to', () => {
  test.each([
    [
      'commented on a topic to an outlet',
      "One of Dorn's ministers, Ann Cole, also commented on Tom Hale's death to The Daily Post.",
      ['Ann Cole SAYS Daily Post'],
    ],
    ['spoke about a topic to a broadcaster', 'Tom Hale spoke about the strike to CNN.', ['Tom Hale SAYS CNN']],
  ])('%s', (_name, text, expected) => {
    expect(says(text)).toEqual(expected);
  });

  test.each([
    ['a time is no topic', 'Tom Hale commented on Monday to CNN.'],
    ['speaking to an outlet with nothing said', 'Tom Hale spoke to CNN in July.'],
    ["to someone's feeling", "Tom Hale commented on the vote to Ann Cole's surprise."],
  ])('nothing: %s', (_name, text) => {
    expect(says(text)).toEqual([]);
  });
});
