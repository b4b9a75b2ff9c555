// Awards named "<Title> of <Field> <Award>": "Defender of Democracy Award", "Keeper of Rivers Prize", "Friend
// of the Earth Medal". name-spans.ts joins "of" only after a word that heads such names (an organisation,
// place or office word), so the award fell apart into "Defender" and "Democracy Award". An award word ending
// the words after "of" (or "for") says the whole phrase is one name, as an organisation word does for
// "Cinema for Peace Foundation".
import type { Token } from '../../tokens.js';
import { AWARD_FIELDS, AWARD_HEADS } from '../lexicon/work-words.js';
import { KNOWN, has, lower, quiet } from './name-tokens.js';

const LINKS = new Set(['of', 'for']);

/** How many tokens from `j` (a small word after `run`) continue an award's name; 0 if none. The words before
 * "of" are one or two plain capitalised words, no known name ("Ann Lee of Oslo Prize …" is a person's). */
export function awardJoin(run: Token[], row: Token[], j: number, nameAt: (k: number) => boolean): number {
  const t = row[j];
  if (!LINKS.has(t.normal) || !quiet(run[run.length - 1], t) || run.length > 2) return 0;
  if (!run.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text) && !has(x, KNOWN))) return 0;
  const from = row[j + 1]?.normal === 'the' && quiet(t, row[j + 1]) ? j + 2 : j + 1;
  for (let m = from; m <= from + 2 && quiet(row[m - 1], row[m]) && nameAt(m); m++) {
    if (quiet(row[m], row[m + 1]) && nameAt(m + 1)) continue;
    return m > from && AWARD_HEADS.has(lower(row[m])) ? m - j + 1 : 0;
  }
  return 0;
}

/** "Time Person of the Year", "Player of the Year": "of the Year", capitalised, after a capitalised word ends
 * the name of a distinction (3 tokens from `j`, the "of"); 0 if not. The word before is no person's: "Person"
 * there is the title, not a name. */
export function yearTitleJoin(run: Token[], row: Token[], j: number): number {
  const [of, the, year] = [row[j], row[j + 1], row[j + 2]];
  const last = run[run.length - 1];
  if (of?.normal !== 'of' || the?.normal !== 'the' || year?.text !== 'Year') return 0;
  if (!quiet(last, of) || !quiet(of, the) || !quiet(the, year) || !/^\p{Lu}\p{Ll}+$/u.test(last.text)) return 0;
  return 3;
}

/** "Nobel Prize in Physics", "Memorial Prize in Economic Sciences", "Prize in Physiology or Medicine": a field
 * after an award word's "in" is the award's category, part of its name (tokens from `j`, the "in"; 0 if none).
 * Only field words (AWARD_FIELDS): "the Booker Prize in London" names where it was given. */
export function fieldJoin(run: Token[], row: Token[], j: number): number {
  if (row[j]?.normal !== 'in' || !AWARD_HEADS.has(lower(run[run.length - 1])) || !quiet(run[run.length - 1], row[j]))
    return 0;
  const field = (t: Token | undefined) => !!t && /^\p{Lu}\p{Ll}+$/u.test(t.text) && AWARD_FIELDS.has(t.normal);
  let m = j + 1;
  if (!field(row[m]) || !quiet(row[j], row[m])) return 0;
  // "Economic Sciences", "Physiology or Medicine": a second field word, directly or after "or" / "and".
  if (field(row[m + 1]) && quiet(row[m], row[m + 1])) m += 1;
  else if (
    /^(?:or|and)$/.test(row[m + 1]?.normal ?? '') &&
    field(row[m + 2]) &&
    quiet(row[m], row[m + 1]) &&
    quiet(row[m + 1], row[m + 2])
  )
    m += 2;
  return m - j + 1;
}
