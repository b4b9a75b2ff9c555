// PTB-tokenised line ↔ readable text: the extractor parses the detokenised copy; spans found there map
// back to the line's own tokens so CaRB output uses the tokens as they appear in the benchmark.

export interface Detokenized {
  text: string;
  tokens: string[];
  /** Character range of each token in `text` (end-exclusive). */
  ranges: Array<[number, number]>;
}

const SURFACE: Record<string, string> = {
  '-LRB-': '(',
  '-RRB-': ')',
  '-LSB-': '[',
  '-RSB-': ']',
  '-LCB-': '{',
  '-RCB-': '}',
  '``': '"',
  "''": '"',
};
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|'re|'ve|'ll|'d|'m|n't|N'T|')$/;
const NO_SPACE_AFTER = /^[([{$#]$/;

export function ptbDetokenize(line: string): Detokenized {
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  let text = '';
  let openQuote = false;
  const ranges: Array<[number, number]> = [];
  tokens.forEach((tok, i) => {
    const surface = SURFACE[tok] ?? tok;
    const isQuote = tok === '``' || tok === "''";
    const closing = isQuote && (tok === "''" || openQuote);
    const prev = tokens[i - 1];
    const glue =
      i === 0 ||
      NO_SPACE_BEFORE.test(surface) ||
      (closing && text.length > 0) ||
      (prev !== undefined && (NO_SPACE_AFTER.test(SURFACE[prev] ?? prev) || prev === '``'));
    if (isQuote) openQuote = !closing;
    if (!glue) text += ' ';
    ranges.push([text.length, text.length + surface.length]);
    text += surface;
  });
  return { text, tokens, ranges };
}

/** The line's tokens covering `part` where it occurs in the detokenised text (from `from` on), else null. */
export function ptbTokensFor(detok: Detokenized, part: string, from = 0): string | null {
  const needle = part.trim();
  if (!needle) return '';
  let at = detok.text.indexOf(needle, from);
  if (at < 0) at = detok.text.indexOf(needle);
  if (at < 0) return null;
  const end = at + needle.length;
  const picked = detok.tokens.filter((_, i) => detok.ranges[i][0] < end && detok.ranges[i][1] > at);
  return picked.join(' ');
}

/** Fallback for text not found verbatim: split punctuation and clitics off the way PTB does. */
export function ptbTokenize(part: string): string {
  return part
    .replace(/n't\b/g, " n't")
    .replace(/'(s|re|ve|ll|d|m)\b/g, " '$1")
    .replace(/([.,;:!?()[\]{}"])/g, ' $1 ')
    .replace(/\(/g, '-LRB-')
    .replace(/\)/g, '-RRB-')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}
