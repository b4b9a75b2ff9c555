// Overlong sentences are split before parsing at a comma (or a space), by turning that one character into a line
// break: the text keeps its length, so offsets stay the original's. Sentences of news length are left alone.
import { boundSentences } from '../src/bound-sentences.js';
import { EXTRACT_LIMITS } from '../src/limits.js';

const max = EXTRACT_LIMITS.sentenceChars;
const words = (n: number, sep = ' ') => Array.from({ length: n }, (_, k) => `word${k % 10}`).join(sep);

describe('boundSentences', () => {
  test.each([
    ['a news-length sentence', 'The council met on Tuesday, and the mayor spoke. Then it rained.'],
    ['many short sentences in a long text', 'The council met again. '.repeat(500)],
    ['a long text of short lines', 'Harbour news\n'.repeat(1000)],
  ])('%s is left alone', (_, text) => {
    expect(boundSentences(text)).toEqual({ text, warnings: [] });
  });

  test.each([
    ['words and spaces only', words(1000), ' '],
    ['a list with commas', words(1000, ', '), ', '],
    ['after a closed sentence', 'It began. ' + words(1000), ' '],
  ])('%s: split into pieces no longer than the limit, same length', (_, text, sep) => {
    const out = boundSentences(text);
    expect(out.text).toHaveLength(text.length);
    for (const piece of out.text.split(/\n|\.\s/)) expect(piece.length).toBeLessThanOrEqual(max);
    // Only separators became line breaks, and with a comma around, the break follows it.
    expect(out.text.replace(/\n/g, ' ')).toBe(text);
    if (sep === ', ') expect(out.text).not.toMatch(/[^,]\n/);
    expect(out.warnings).toEqual([expect.stringMatching(/^extract: 1 sentence\(s\) longer than 2000 characters/)]);
  });

  test('a stretch with no space to break at stays as it is', () => {
    const text = 'x'.repeat(max * 3);
    expect(boundSentences(text).text).toBe(text);
  });
});
