// Every input of `pnpm bench:hostile` (scripts/hostile-inputs.mjs), at a small size: extraction gives a valid
// result within the limits (no name longer than the name bound, no sentence with a space longer than the
// sentence bound, mentions inside the text), and says what it cut. Times are the bench's job, not this test's.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACT_LIMITS, extract } from '@kg/extractor';
import { HOSTILE_INPUTS } from '../../../scripts/hostile-inputs.mjs';

const seeds = join(import.meta.dirname, '../../../seeds');
const seed = readFileSync(join(seeds, readdirSync(seeds).filter((f) => f.endsWith('.txt'))[0]), 'utf8');
const SIZE = 5000;

describe('hostile inputs', () => {
  test.each(Object.keys(HOSTILE_INPUTS))('%s: a valid result within the limits', (name) => {
    const text = HOSTILE_INPUTS[name](SIZE, seed);
    const r = extract(text);
    expect(r.document.chars).toBe(text.length);
    for (const s of r.sentences) {
      expect(s.end).toBeLessThanOrEqual(text.length);
      if (/\s/.test(s.text.trim())) expect(s.end - s.start).toBeLessThanOrEqual(EXTRACT_LIMITS.sentenceChars);
    }
    for (const e of r.entities) {
      expect(e.name.split(/\s+/).length).toBeLessThanOrEqual(EXTRACT_LIMITS.nameTokens);
      for (const m of e.mentions) {
        expect(m.end - m.start).toBe(m.text.length);
        expect(m.end).toBeLessThanOrEqual(text.length);
      }
    }
  });

  // The case: random capitalised words once made one organisation of the whole text.
  test.each([
    ['capitalised word salad', /run\(s\) of more than 16 name words were not taken as names/],
    ['long line, title case', /run\(s\) of more than 16 name words were not taken as names/],
    ['long line, lower case', /sentence\(s\) longer than 2000 characters were split/],
    ['no punctuation prose', /sentence\(s\) longer than 2000 characters were split/],
  ])('%s: the cut is reported', (name, warning) => {
    const r = extract(HOSTILE_INPUTS[name](SIZE, seed));
    expect(r.document.warnings).toContainEqual(expect.stringMatching(warning));
  });

  test('the seed article itself gets no warning', () => {
    expect(extract(seed).document.warnings).toBeUndefined();
  });
});
