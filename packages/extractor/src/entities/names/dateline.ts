// A dateline opening a story's first sentence: "LONDON — …", "LOS GATOS, California — …", "NEW YORK (AP) — …". The
// place the story was filed from, in capitals (a region may follow it after a comma, an agency's credit in
// brackets), then a dash (or a hyphen set off by spaces, as wires write it). Claims leave it out of what was
// said, typing reads its place as a Place, and naming prefers the text's own spelling of it, or writes the
// capitals as a name is written ("LONDON" → "London") when the text has no other.
import type { Token } from '../../tokens.js';
import { PARTICLES } from './name-particles.js';

/** Tokens a dateline may take before its dash: a place of up to three words, a comma's region of two, a date. */
const MAX_TOKENS = 7;

/** How many tokens of `row` (one sentence) a dateline opening it takes, its dash included; 0 when none opens it. */
export function datelineEnd(row: readonly Token[]): number {
  for (let k = 0; k < Math.min(row.length, MAX_TOKENS); k++) {
    const t = row[k];
    // The place in capitals first; after it only the region's capitalised words.
    const capitals = /^[\p{Lu}.,-]+$/u.test(t.text) && /\p{Lu}{2}/u.test(t.text);
    // ("OTTAWA, Jan 29 (Reuters) - …": a wire's date, its day after the month's name.)
    const day = k > 1 && /^\d{1,2}$/.test(t.text) && row[k - 1].tags.has('Month');
    if (k === 0 ? !capitals : !capitals && !/^\p{Lu}/u.test(t.text) && !day) return 0;
    // (the story's sentence opens after the dash: "MERS — the disease caused by …" is an aside, no dateline)
    // (a wire's hyphen set off by spaces is its dash: "GENEVA (Reuters) - The …")
    if (/(?:[—–]|\s-)\s*$/.test(t.post)) return /^\p{Lu}/u.test(row[k + 1]?.text ?? '') ? k + 1 : 0;
  }
  return 0;
}

/** How many tokens the place of a dateline opening `row` takes ("NEW TALBRIDGE" of "NEW TALBRIDGE — …", "LOS
 * GATOS" of "LOS GATOS, California — …"); 0 when no dateline opens it. */
export function datelinePlaceEnd(row: readonly Token[]): number {
  const end = datelineEnd(row);
  for (let k = 0; k < end; k++) if (/[,—–(]/.test(row[k].post + (row[k + 1]?.pre ?? ''))) return k + 1;
  return 0;
}

/** The token range [from, to) of the agency a dateline credits in brackets before its dash ("AP" of "NEW YORK (AP)
 * — …", "SANTA CLARA, Calif. (AP) — …"), or undefined: the story's source, not something it tells of. */
export function datelineAgency(row: readonly Token[]): [number, number] | undefined {
  const end = datelineEnd(row);
  const open = row.findIndex((t, k) => k > 0 && k < end && /\($/.test(row[k - 1].post + t.pre));
  return open >= 0 && /^\)/.test(row[end - 1].post) ? [open, end] : undefined;
}

/** Short words a place's name keeps in lower case after its first word: a name's particles ("Rio de Janeiro") and
 * the French and English ones of places ("Port-au-Prince", "Stratford-upon-Avon"). */
const PLACE_PARTICLES = new Set([...PARTICLES, 'au', 'aux', 'des', 'do', 'la', 'le', 'on', 'upon']);

/** A dateline's place in capitals written as a name: "NEW YORK" → "New York", "PORT-AU-PRINCE" → "Port-au-Prince". */
export function datelineName(text: string): string {
  let first = true;
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const out = !first && PLACE_PARTICLES.has(lower) ? lower : word[0] + lower.slice(1);
    first = false;
    return out;
  });
}
