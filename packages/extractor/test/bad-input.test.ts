// Odd text never throws: it gives a valid (possibly empty) result, with a warning where input was cut or
// ignored. Only invalid options throw, and then an ExtractOptionsError.
import { extract, ExtractOptionsError, MAX_TEXT_CHARS } from '@kg/extractor';
import type { ExtractionResult } from '@kg/extractor';

function expectValid(r: ExtractionResult, text: string): void {
  expect(r.document.chars).toBe(text.length);
  for (const s of r.sentences) expect(s.end).toBeLessThanOrEqual(text.length);
  for (const e of r.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  expect(() => JSON.stringify(r)).not.toThrow();
}

describe('bad input', () => {
  test.each([
    ['empty', ''],
    ['whitespace', ' \n\t \r\n  '],
    ['punctuation only', '.,;:!?—…'],
    ['non-English', 'Der Bundeskanzler sprach am Dienstag in Berlin über die Wirtschaft. 北京是中国的首都。'],
    ['emoji and astral characters', 'Fans 🎉 cheered as Lionel Messi 👏 scored in Paris.'],
  ])('%s gives a valid result', (_label, text) => {
    expectValid(extract(text), text);
  });

  test('empty text gives no entities', () => {
    const r = extract('');
    expect(r.entities).toEqual([]);
    expect(r.sentences).toEqual([]);
  });

  test('binary bytes are refused with a warning and an empty result', () => {
    const text = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)).toString('latin1');
    const r = extract(text);
    expectValid(r, text);
    expect(r.entities).toEqual([]);
    expect(r.document.warnings?.[0]).toMatch(/^extract: text looks binary/);
  });

  test('HTML markup is ignored but offsets still point into the original text', () => {
    const html =
      '<html><head><script>var Evil = "Corp";</script></head><body><p>Angela Merkel met <b>Emmanuel Macron</b> in Paris.</p></body></html>';
    const r = extract(html);
    expectValid(r, html);
    const names = r.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Angela Merkel', 'Emmanuel Macron', 'Paris']));
    expect(names.join(' ')).not.toMatch(/Evil|html|body/i);
    expect(r.document.warnings).toContain('extract: HTML markup was ignored');
  });

  test(`a 10 MB text is cut at the documented limit (${MAX_TEXT_CHARS} characters) with a clear warning`, () => {
    const para = 'Angela Merkel met Emmanuel Macron in Paris on Tuesday. They discussed trade and energy.\n\n';
    const text = para.repeat(Math.ceil((10 * 1024 * 1024) / para.length));
    const r = extract(text);
    expect(r.document.chars).toBe(text.length);
    expect(r.document.warnings?.[0]).toMatch(
      new RegExp(
        `^extract: text has ${text.length} characters; only the first \\d+ were analysed \\(limit ${MAX_TEXT_CHARS}\\)`,
      ),
    );
    const last = r.sentences[r.sentences.length - 1];
    expect(last.end).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(r.entities.find((e) => e.name === 'Angela Merkel')).toBeDefined();
  });

  test.each([
    ['options not an object', null],
    ['id not a string', { id: 42 }],
    ['aliases not an object', { aliases: 'x' }],
    ['alias merge without canonical', { aliases: { merge: [{ alias: 'US' }] } }],
    [
      'alias merge with an unknown type',
      { aliases: { merge: [{ alias: 'US', canonical: 'United States', type: 'Country' }] } },
    ],
  ])('invalid options throw ExtractOptionsError: %s', (_label, options) => {
    expect(() => extract('text', options as never)).toThrow(ExtractOptionsError);
    expect(() => extract('text', options as never)).toThrow(/^extract: /);
  });

  test('a non-string text gives an empty result instead of throwing', () => {
    expectValid(extract(undefined as unknown as string), '');
  });
});
