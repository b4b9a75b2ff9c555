// A name the text spells out before its acronym in brackets: "Cooperative Institute for Research in
// Environmental Sciences (CIRES)", "Centre for Research on the Epidemiology of Disasters (CRED)". name-spans.ts
// stops at a small word it does not join after such words ("in", "on the", a second "of"), which cut these
// into two or three organisations and gave the acronym to the last piece. When the initials of the whole,
// small words aside, spell the acronym exactly, the text itself says the pieces are one name. The same holds
// over a comma that lists the name's parts: "Institute of Epidemiology, Disease Control and Research (IEDCR)"
// gave three organisations, each a speaker of one claim.
import type { Token } from '../../tokens.js';
import { bracketedAcronym, lower, quiet } from './name-tokens.js';
import { ORG_HEADS } from '../lexicon/org-words.js';

const SMALL = new Set(['of', 'for', 'in', 'on', 'and', '&', 'at', 'the', 'to', 'de', 'des', 'du', 'la', 'le']);
/** How far ahead of the run the acronym may stand, in tokens. */
const REACH = 8;
const initial = (t: Token) => t.text[0].toUpperCase();
const LIST_COMMA = /^,\s+$/;

/** How many tokens from `j` (a small word after `run`) continue the name up to its bracketed acronym; 0 if the
 * acronym does not spell the initials of the whole name, or a word on the way is neither small nor capitalised. */
export function acronymJoin(run: Token[], row: Token[], j: number): number {
  const last = run[run.length - 1];
  if (!SMALL.has(row[j].normal) || !(quiet(last, row[j]) || LIST_COMMA.test(last.post))) return 0;
  // ("Medicines and Healthcare products Regulatory Agency (MHRA)": one lower-case word between capitalised
  // ones may stand in the name, its initial not in the acronym.)
  let lowered = 0;
  for (let m = j + 1; m < Math.min(row.length - 1, j + REACH); m++) {
    const t = row[m];
    const lower = !SMALL.has(t.normal) && !/^\p{Lu}/u.test(t.text);
    if (lower && (++lowered > 1 || !/^\p{Lu}/u.test(row[m - 1].text) || !/^\p{Lu}/u.test(row[m + 1].text))) return 0;
    if (quiet(t, row[m + 1])) continue;
    if (!bracketedAcronym(row[m + 1], t) || SMALL.has(t.normal) || lower) return 0;
    const words = [...run, ...row.slice(j, m + 1)].filter((x) => !SMALL.has(x.normal) && /^\p{Lu}/u.test(x.text));
    return words.map(initial).join('') === row[m + 1].text ? m - j + 1 : 0;
  }
  return 0;
}

/** Whether the body's name in `run`, ended by a comma, goes on at `j` to its bracketed acronym: every word on
 * the way small or capitalised, commas only between them, and the initials of the whole spelling the acronym
 * exactly. Only a body's name lists its remits so ("Paris, France and Ann Cole (PFAC)" stays three names). */
export function acronymOverComma(run: Token[], row: Token[], j: number): boolean {
  if (!LIST_COMMA.test(run[run.length - 1].post) || !run.some((x) => ORG_HEADS.has(lower(x)))) return false;
  for (let m = j; m < Math.min(row.length - 1, j + REACH); m++) {
    const t = row[m];
    if (!SMALL.has(t.normal) && !/^\p{Lu}/u.test(t.text)) return false;
    if (quiet(t, row[m + 1]) || (LIST_COMMA.test(t.post) && !row[m + 1].pre)) continue;
    if (!bracketedAcronym(row[m + 1], t) || SMALL.has(t.normal)) return false;
    const words = [...run, ...row.slice(j, m + 1)].filter((x) => !SMALL.has(x.normal));
    return words.map(initial).join('') === row[m + 1].text;
  }
  return false;
}
