// The sentence split comes from the parse (compromise's, plus quotations closed by their full stop before a
// capitalised word: quote-ends.ts, and sentences inside a quotation: quoted-sentences.ts), except that a line break always ends a sentence: a curly apostrophe
// inside a quotation ("He’ll") can make compromise run the quote on into the next paragraph.
import { parse } from '../src/parse.js';
import { tokenise } from '../src/tokens.js';

const split = (text: string) => tokenise(parse(text), text).sentences.map((s) => s.text);

describe('tokenise', () => {
  test.each([
    [
      'a quotation with a curly apostrophe before a new paragraph',
      '"The harbour is quiet. She’ll be missed."\n\nTom Reyes said, "Sad news. She was kind."',
      ['"The harbour is quiet.', 'She’ll be missed."', 'Tom Reyes said, "Sad news.', 'She was kind."'],
    ],
    [
      'a quotation with a straight apostrophe',
      '"The harbour is quiet. She will be missed."\n\nTom Reyes said, "Sad news. She was kind."',
      ['"The harbour is quiet.', 'She will be missed."', 'Tom Reyes said, "Sad news.', 'She was kind."'],
    ],
    [
      'a single line break between two lines',
      'Harbour news\nThe ferry left at noon.',
      ['Harbour news', 'The ferry left at noon.'],
    ],
    ['sentences on one line', 'The ferry left. It came back.', ['The ferry left.', 'It came back.']],
    [
      'a quotation closed by its full stop ends the sentence',
      'The mayor called the storm "the worst in years." Crews worked all night.',
      ['The mayor called the storm "the worst in years."', 'Crews worked all night.'],
    ],
    [
      'also with curly quotes and a question mark',
      'Tom Reyes asked: “Who pays for this?” Nobody answered.',
      ['Tom Reyes asked: “Who pays for this?”', 'Nobody answered.'],
    ],
    [
      'a lower-case word after it continues the sentence',
      'She shouted "Stop." and ran to the door.',
      ['She shouted "Stop." and ran to the door.'],
    ],
  ])('%s', (_, text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });

  test('tokens carry their sentence and position after a split', () => {
    const text = '"It is late. We’re tired."\n\nAnna left.';
    const { tokens, bySentence } = tokenise(parse(text), text);
    const anna = tokens.find((t) => t.text === 'Anna');
    expect(anna).toMatchObject({ sentence: bySentence.length - 1, pos: 0 });
    expect(tokens.map((t) => t.i)).toEqual(tokens.map((_, k) => k));
    for (const [s, row] of bySentence.entries())
      expect(row.every((t, k) => t.sentence === s && t.pos === k)).toBe(true);
  });
});
