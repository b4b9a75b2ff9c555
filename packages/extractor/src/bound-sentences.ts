// Overlong sentences split before parsing: the tagger's cost grows with the square of a sentence's length, so
// a stretch of text with no sentence end longer than EXTRACT_LIMITS.sentenceChars is cut into pieces by
// turning one space into a line break (offsets stay those of the original), at a comma, semicolon or colon
// when the piece has one in its second half, else at its last space.
import { EXTRACT_LIMITS } from './limits.js';

// Where news prose ends a sentence: a line break, or . ! ? (with closing quotes or brackets) before a space.
const SENTENCE_END = /\n|[.!?]["'”’)\]]*\s/g;

export function boundSentences(text: string): { text: string; warnings: string[] } {
  const max = EXTRACT_LIMITS.sentenceChars;
  const cuts: number[] = [];
  let long = 0;
  let from = 0;
  const bound = (end: number) => {
    if (end - from > max) long++;
    for (let at = from; end - at > max;) {
      const cut = cutAt(text, at, at + max);
      if (cut < 0) {
        at += max;
        continue;
      }
      cuts.push(cut);
      at = cut + 1;
    }
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    bound(end);
    from = end;
  }
  bound(text.length);
  if (!cuts.length) return { text, warnings: [] };
  const parts: string[] = [];
  let last = 0;
  for (const c of cuts) {
    parts.push(text.slice(last, c), '\n');
    last = c + 1;
  }
  parts.push(text.slice(last));
  return {
    text: parts.join(''),
    warnings: [
      `extract: ${long} sentence(s) longer than ${max} characters were split at ${cuts.length} comma(s) or space(s)`,
    ],
  };
}

/** The space to break at within [from, to), or -1 when there is none. */
function cutAt(text: string, from: number, to: number): number {
  let space = -1;
  for (let k = to - 1; k > from; k--) {
    if (!/\s/.test(text[k])) continue;
    if (k >= from + (to - from) / 2 && /[,;:]/.test(text[k - 1])) return k;
    if (space < 0) space = k;
  }
  return space;
}
