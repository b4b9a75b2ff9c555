// A number sign ("No.") ends no sentence when a number follows it: the parser's sentences, and so every claim's
// and edge's evidence, run on through "Symphony No. 9". Sentences written for this test.
import { extract } from '../src/index.js';
import { joinNumberSigns } from '../src/number-sign.js';

const sentences = (text: string) => extract(text).sentences.map((s) => s.text);

describe('joinNumberSigns', () => {
  test.each([
    ['a work', 'Ann Cole played Symphony No. 9 in Vienna. It was sold out.', 2],
    ['a rank', 'Tom Hale is ranked No. 3 in the world. He won on Sunday.', 2],
    ['a body named with its number', 'Dorn Railway No. 10 Engineering Group built the bridge.', 1],
    ['the plural sign', 'The court read Acts Nos. 4 and 5 aloud.', 1],
  ])('%s', (_name, text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });

  test.each([
    ['a number sign before a number', ['Symphony No. ', '9 was played.'], ['Symphony No. 9 was played.']],
    ['the word "no" before a capital', ['She said no. ', 'Then she left.'], ['She said no. ', 'Then she left.']],
    ['a word ending in "no"', ['They met in Reno. ', '5 people came.'], ['They met in Reno. ', '5 people came.']],
  ])('pieces: %s', (_name, pieces, expected) => {
    expect(joinNumberSigns(pieces)).toEqual(expected);
  });
});
