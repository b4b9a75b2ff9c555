// An ellipsis written between two words with no space ("I introduce to you...Rocky Linux", "last week…then")
// glues them into one token for the parser, so the name after it is lost ("you...Rocky" and "Linux"). Before
// parsing, the ellipsis's last character becomes a space ("you.. Rocky"; the letters stay where they are);
// extract() gives the original characters back, like the editorial brackets' edits.
import type { BracketEdit } from './editorial-brackets.js';

const GLUED = /(?<=\p{L})(?:\.{3}|…)(?=\p{L})/gu;

/** The text with each glued ellipsis opened up, and where it was changed (same length, nothing shifts). */
export function openGluedEllipses(text: string): { text: string; edits: BracketEdit[] } {
  const edits: BracketEdit[] = [];
  if (!text.includes('...') && !text.includes('…')) return { text, edits };
  const out = text.replace(GLUED, (m: string, at: number) => {
    const to = m === '…' ? ' ' : '.. ';
    edits.push({ at, from: m, to, shifts: false });
    return to;
  });
  return { text: out, edits };
}
