// A sentence ending on an abbreviation ends there when the next word opens a sentence: the parser's sentences,
// and so every claim's and edge's evidence, stop at "a.m." or "Ltd.". Sentences written for this test.
import { extract } from '../src/index.js';
import { splitAbbreviationEnds } from '../src/abbreviation-ends.js';

const sentences = (text: string) => extract(text).sentences.map((s) => s.text);

describe('splitAbbreviationEnds', () => {
  test.each([
    [
      'a time',
      'The fire began at 9 a.m. The crews arrived later.',
      ['The fire began at 9 a.m.', 'The crews arrived later.'],
    ],
    [
      'a company suffix before a pronoun',
      'Acme Corp bought Beta Ltd. He said the deal closed in May.',
      ['Acme Corp bought Beta Ltd.', 'He said the deal closed in May.'],
    ],
    [
      '"etc." before a conjunction',
      'They sold pears etc. So the market closed.',
      ['They sold pears etc.', 'So the market closed.'],
    ],
    [
      "a company suffix before a person's full name",
      'Acme Corp was sued by Beta Ltd. Ann Cole said the case was weak.',
      ['Acme Corp was sued by Beta Ltd.', 'Ann Cole said the case was weak.'],
    ],
    [
      "a time before a person's full name",
      'The talks began at 9 a.m. Tom Hale arrived later.',
      ['The talks began at 9 a.m.', 'Tom Hale arrived later.'],
    ],
    [
      "a US state's abbreviation after a town",
      'Ann Cole lives in Dornville, Fla. She moved there in May.',
      ['Ann Cole lives in Dornville, Fla.', 'She moved there in May.'],
    ],
    [
      'one with inner periods',
      'Ann Cole lives in Dornville, N.Y. The town is small.',
      ['Ann Cole lives in Dornville, N.Y.', 'The town is small.'],
    ],
    [
      'the Roman numeral of a name',
      'The tools came from Pech I. These tools were small.',
      ['The tools came from Pech I.', 'These tools were small.'],
    ],
  ])('ended: %s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test.each([
    ['a name after the abbreviation may go on the sentence', 'The fire began at 9 a.m. Oslo time.'],
    ['a company name before its title', 'Acme Inc. chief Tom Hale spoke.'],
    ['an abbreviation ending a longer word', 'Shares of DeCo. The firm grew.'],
    ['a middle initial', 'Ann C. Cole met Tom Hale.'],
    ['a date after a time ("May" no given name)', 'Ann Cole met Tom Hale at 9 a.m. May 5.'],
  ])('left whole: %s', (_name, text) => {
    expect(splitAbbreviationEnds([text])).toEqual([text]);
  });

  test('whitespace stays with the piece before', () => {
    expect(splitAbbreviationEnds(['Acme Corp bought Beta Ltd.  The deal closed.'])).toEqual([
      'Acme Corp bought Beta Ltd.  ',
      'The deal closed.',
    ]);
  });

  test('a claim ends with its sentence', () => {
    const r = extract('Acme Corp bought Beta Inc. The Oslo Times reported that Acme Corp paid too much.');
    expect(r.claims.map((c) => c.text)).toEqual(['Acme Corp paid too much']);
  });
});
