// Text preparation (prepare-text.ts): odd characters are made safe without moving any offset outside them.
import { prepareText } from '../src/prepare-text.js';
import { extract } from '../src/index.js';

const ZWJ = '\u200d';

describe('prepareText', () => {
  test.each([
    ['a joiner after the apostrophe', `the Harbour Post'${ZWJ}s report`, "the Harbour Post's  report"],
    ['a joiner before the apostrophe', `the Harbour Post${ZWJ}'s report`, "the Harbour Post's  report"],
    ['a joiner elsewhere stays', `Norwegian: ${ZWJ}Hei`, `Norwegian: ${ZWJ}Hei`],
  ])('%s', (_rule, text, prepared) => {
    const out = prepareText(text);
    expect(out.text).toBe(prepared);
    expect(out.text.length).toBe(text.length);
  });

  test('a possessive with a joiner is no part of the name', () => {
    const text = `Critics said the Harbour Post'${ZWJ}s report was false.`;
    expect(extract(text).entities.map((e) => e.name)).toContain('Harbour Post');
  });
});
