// A name the text spells out before its acronym in brackets: "Cooperative Institute for Research in
// Environmental Sciences (CIRES)", "Centre for Research on the Epidemiology of Disasters (CRED)". name-spans.ts
// stops at a small word it does not join after such words ("in", "on the", a second "of"), which cut these
// into two or three organisations and gave the acronym to the last piece. When the initials of the whole,
// small words aside, spell the acronym exactly, the text itself says the pieces are one name.
import type { Token } from '../../tokens.js';
import { bracketedAcronym, quiet } from './name-tokens.js';

const SMALL = new Set(['of', 'for', 'in', 'on', 'and', '&', 'at', 'the', 'to', 'de', 'des', 'du', 'la', 'le']);
/** How far ahead of the run the acronym may stand, in tokens. */
const REACH = 8;
const initial = (t: Token) => t.text[0].toUpperCase();

/** How many tokens from `j` (a small word after `run`) continue the name up to its bracketed acronym; 0 if the
 * acronym does not spell the initials of the whole name, or a word on the way is neither small nor capitalised. */
export function acronymJoin(run: Token[], row: Token[], j: number): number {
  if (!SMALL.has(row[j].normal) || !quiet(run[run.length - 1], row[j])) return 0;
  for (let m = j + 1; m < Math.min(row.length - 1, j + REACH); m++) {
    const t = row[m];
    if (!SMALL.has(t.normal) && !/^\p{Lu}/u.test(t.text)) return 0;
    if (quiet(t, row[m + 1])) continue;
    if (!bracketedAcronym(row[m + 1], t) || SMALL.has(t.normal)) return 0;
    const words = [...run, ...row.slice(j, m + 1)].filter((x) => !SMALL.has(x.normal));
    return words.map(initial).join('') === row[m + 1].text ? m - j + 1 : 0;
  }
  return 0;
}
