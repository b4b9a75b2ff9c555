// "The Islamic State of Iraq and the Levant claimed it": a name the settled-names lexicon knows whole, written
// over "and the", was cut at the small words into "Islamic State of Iraq" (a place) and "Levant" (an
// organisation, which then took the edges). Two neighbouring spans that make such a name are one span.
import type { Token } from '../../tokens.js';
import type { NameSpan } from '../spans.js';
import { SETTLED_NAMES } from '../lexicon/settled-names.js';
import { nameKey } from './name-key.js';
import { makeSpan } from './split-run.js';

const SMALL_WORDS = /^\s+(?:and|of|for)(?:\s+the)?\s+$/;

export function joinSettledNames(spans: NameSpan[], bySentence: Token[][], text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (let n = 0; n < spans.length; n++) {
    const [a, b] = [spans[n], spans[n + 1]];
    const joins =
      !!b &&
      a.sentence === b.sentence &&
      SMALL_WORDS.test(text.slice(a.end, b.start)) &&
      SETTLED_NAMES.has(nameKey(text.slice(a.start, b.end)));
    const whole = joins
      ? makeSpan(
          bySentence[a.sentence].filter((t) => t.start >= a.start && t.end <= b.end),
          text,
        )
      : null;
    if (whole) n++;
    out.push(whole ?? a);
  }
  return out;
}
