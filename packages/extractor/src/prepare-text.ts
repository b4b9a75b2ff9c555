// Text preparation: make odd input safe to parse while keeping every character at its original offset
// (HTML tags, entities and binary bytes are blanked with spaces of the same length, never removed).
import { HIDDEN_ELEMENT, HTML_ENTITY, decodeEntity } from './decode-entity.js';
import { closeEditorialBrackets } from './editorial-brackets.js';
import type { BracketEdit } from './editorial-brackets.js';
import { openGluedEllipses } from './glued-ellipsis.js';

/** Texts longer than this are cut (at a paragraph or sentence break) before parsing; see README. */
export const MAX_TEXT_CHARS = 500_000;

export interface PreparedText {
  /** Same length as the input prefix that is parsed; offsets into it are offsets into the original. */
  text: string;
  warnings: string[];
  /** Editorial brackets closed up and glued ellipses opened for the parse (editorial-brackets.ts,
   * glued-ellipsis.ts); extract() gives them back. */
  edits: BracketEdit[];
}

const TAG = /<\/?[a-zA-Z][^<>]{0,2000}>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g;
// Control characters other than tab/newline/CR, the replacement character and lone surrogates.
const BINARY =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ZERO_WIDTH_POSSESSIVE = /[\u200B-\u200D\u2060](['’])s(?!\p{L})|(['’])[\u200B-\u200D\u2060]s(?!\p{L})/gu;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

// A line wrapped inside a sentence: one line break between a word (or its comma) and a lower-case word ("her
// parents were from foreign⏎countries and"). A line break otherwise ends a sentence (tokens.ts).
const WRAPPED_LINE = /(?<=\p{L},?[ \t]*)\r?\n(?=[ \t]*\p{Ll})/gu;

export function prepareText(raw: string): PreparedText {
  const warnings: string[] = [];
  let text = raw;
  if (text.length > MAX_TEXT_CHARS) {
    const cut = cutPoint(text, MAX_TEXT_CHARS);
    warnings.push(
      `extract: text has ${raw.length} characters; only the first ${cut} were analysed (limit ${MAX_TEXT_CHARS})`,
    );
    text = text.slice(0, cut);
  }
  let binary = 0;
  text = text.replace(BINARY, (m) => {
    binary += m.length;
    return ' '.repeat(m.length);
  });
  if (text.length > 0 && binary / text.length > 0.1) {
    warnings.push(`extract: text looks binary (${binary} control or invalid characters); nothing was analysed`);
    return { text: ' '.repeat(text.length), warnings, edits: [] };
  }
  // "the Post'<ZWJ>s report", "Wikinews<ZWJ>'s": a zero-width joiner inside a possessive hides it from the parse;
  // it becomes a space after the "'s" (same length, so every offset outside those three characters stays).
  text = text.replace(ZERO_WIDTH_POSSESSIVE, (_m, a: string, b: string) => `${a || b}s `);
  text = text.replace(WRAPPED_LINE, (m) => ' '.repeat(m.length));
  const closed = closeEditorialBrackets(text);
  const opened = openGluedEllipses(closed.text);
  text = opened.text;
  if (looksLikeHtml(text)) {
    text = text
      .replace(HIDDEN_ELEMENT, blank)
      .replace(TAG, blank)
      .replace(HTML_ENTITY, (m) => (decodeEntity(m) ?? ' ').padEnd(m.length, ' '));
    warnings.push('extract: HTML markup was ignored');
  }
  return { text, warnings, edits: [...closed.edits, ...opened.edits].sort((a, b) => a.at - b.at) };
}

function looksLikeHtml(text: string): boolean {
  const tags = text
    .slice(0, 20_000)
    .match(/<\/?(html|head|body|p|div|span|a|br|script|style|h[1-6]|li|ul|table|meta|title)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 2;
}

/** The last paragraph (else sentence, else word) break before `limit`. */
function cutPoint(text: string, limit: number): number {
  const head = text.slice(0, limit);
  for (const re of [/\n\s*\n/g, /[.!?]\s/g, /\s/g]) {
    let last = -1;
    for (const m of head.matchAll(re)) last = m.index + m[0].length;
    if (last > limit / 2) return last;
  }
  return limit;
}
