// Editorial brackets: a quotation's "[T]he", "corona[virus]", "destroy[ed]", "COVID[-19]", and a word put into
// a name, "the US [Chess] Championship". The parse keeps a bracket inside its word, so "T]he House" became a
// name, "Pittsburg[h" an organisation and "World [Chess] Championship" two names. Before parsing, the brackets
// are taken out and the word closes up, the freed characters becoming spaces after it (the text keeps its
// length, no offset outside the word moves). After extraction, offsets and texts that touch such a word are
// given back in the original's terms, so a mention or a piece of evidence is exactly what the article wrote.
import type { ExtractionResult } from './types.js';

/** One closed-up stretch: where it starts, what the article wrote, what the parser read (same length), and
 * whether its letters moved (a word closed up) or stayed where they were (brackets around a word of a name). */
export interface BracketEdit {
  at: number;
  from: string;
  to: string;
  shifts: boolean;
}

// A whitespace-delimited chunk holding one bracketed run of letters.
const CHUNK = /[^\s[\]]*\[[^\s[\]]{1,24}\][^\s[\]]*/gu;
// What an editor writes inside a word: letters ("[T]", "[virus]", "[ed]"), or a hyphenated ending ("[-19]").
const INSERT = /^(?:\p{L}[\p{L}'’-]*|-[\p{L}\p{N}]+)$/u;
// A word inserted between two words of a name, e.g. "World [Chess] Championship".
// The space is matched before the look-behind, so that most places of the text fail on their first character.
const IN_NAME = / (?<=(?:^|\s)(\p{Lu}[\p{L}.'’-]*) )\[(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\] (?=\p{Lu}\p{Ll})/gu;
// Words put before a name's last word(s), e.g. "[Prime Minister Narendra] Modi", "[Alireza] Firouzja": the
// bracketed run ends in a capitalised word and the name goes on right after it.
const NAME_OPEN = /(?<=^|[\s"“‘(])\[((?:\p{Lu}[\p{L}.'’-]*\s){0,4}\p{Lu}\p{Ll}[\p{L}.'’-]*)\] (?=\p{Lu}\p{Ll})/gu;

/** The text with editorial brackets inside words and names closed up, and where it was changed. */
export function closeEditorialBrackets(text: string): { text: string; edits: BracketEdit[] } {
  const edits: BracketEdit[] = [];
  if (!text.includes('[')) return { text, edits };
  const inWord = text.replace(CHUNK, (chunk: string, at: number) => {
    const open = chunk.indexOf('[');
    const close = chunk.indexOf(']');
    const glued = /[\p{L}\p{N}]/u.test(chunk[open - 1] ?? '') || /\p{L}/u.test(chunk[close + 1] ?? '');
    if (!glued || !INSERT.test(chunk.slice(open + 1, close))) return chunk;
    const to = `${chunk.slice(0, open)}${chunk.slice(open + 1, close)}${chunk.slice(close + 1)}  `;
    edits.push({ at, from: chunk, to, shifts: true });
    return to;
  });
  const inName = inWord.replace(IN_NAME, (m: string, before: string, inserted: string, at: number) => {
    if (glossOf(before, inserted)) return m;
    const to = `  ${inserted}  `;
    edits.push({ at, from: m, to, shifts: false });
    return to;
  });
  // The words close up to where the bracket opened, so a quotation they open still starts at a letter.
  const out = inName.replace(NAME_OPEN, (m: string, inserted: string, at: number) => {
    const to = `${inserted}   `;
    edits.push({ at, from: m, to, shifts: true });
    return to;
  });
  return { text: out, edits: edits.sort((a, b) => a.at - b.at) };
}

// "the WCD [Women and Child Development] ministry": letters spelled out after an acronym are its gloss.
function glossOf(before: string, inserted: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(before)) return false;
  const initials = inserted
    .split(' ')
    .map((w) => w[0])
    .join('');
  return initials === before;
}

/**
 * The parsed text's offset `at` in the original: inside a closed-up word, the letters stand where the article
 * has them (after the brackets before them). A start takes an opening bracket right before it, an end a closing
 * one right after it, so "Pittsburg[h]" and "[T]he House" are quoted whole.
 */
function originalOffset(at: number, edits: readonly BracketEdit[], side: 'start' | 'end'): number {
  const e = edits.find((x) => x.at < at + (side === 'start' ? 1 : 0) && at <= x.at + x.from.length);
  if (!e?.shifts) return at;
  const kept = [...e.from].flatMap((c, k) => (c === '[' || c === ']' ? [] : [k]));
  const q = at - e.at;
  if (side === 'start') {
    if (q >= kept.length) return e.at + e.from.length;
    const k = kept[q];
    return e.at + (e.from[k - 1] === '[' ? k - 1 : k);
  }
  if (q === 0) return e.at;
  if (q > kept.length) return e.at + e.from.length;
  const k = kept[q - 1] + 1;
  return e.at + (e.from[k] === ']' ? k + 1 : k);
}

/** The result in the original's terms: offsets moved back, texts cut from the text as the article wrote it. */
export function restoreEditorialBrackets(
  result: ExtractionResult,
  parsed: string,
  edits: readonly BracketEdit[],
): void {
  if (!edits.length) return;
  let written = '';
  let from = 0;
  for (const e of edits) {
    written += parsed.slice(from, e.at) + e.from;
    from = e.at + e.to.length;
  }
  written += parsed.slice(from);
  const touches = (s: { start: number; end: number }) =>
    edits.some((e) => s.start < e.at + e.to.length && e.at < s.end);
  const restore = (s: { start: number; end: number; text: string }) => {
    if (!touches(s)) return;
    s.start = originalOffset(s.start, edits, 'start');
    s.end = originalOffset(s.end, edits, 'end');
    s.text = written.slice(s.start, s.end);
  };
  result.sentences.forEach(restore);
  for (const e of result.entities) e.mentions.forEach(restore);
  for (const t of result.triples) restore(t.evidence);
  result.claims.forEach(restore);
}
