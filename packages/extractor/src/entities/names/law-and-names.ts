// "the CHIPS and Science Act", "the Tax Cuts and Jobs Act", "the Clean Air and Water Act": a law's name
// coordinates two subjects before its head word, and the words before "and" name nothing of their own there
// (a law is named by its subjects, not by two bodies or places: "the United States and Mexico Agreement" is no
// name here, nor "Texas and the Water Act"). org-name-joins.ts joins "and" before organisation words only.
// An "of" phrase ending in a law's word ends a law's name too ("the Tenure of Office Act": lawAfter, read by
// name-spans.ts).
import type { Token } from '../../tokens.js';
import { LAW_HEADS } from '../lexicon/work-words.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import { has, lower, quiet } from './name-tokens.js';
import { isCap } from './capitals.js';

// No place nor person named before or after "and": those are parties to a law, not its subjects.
const subject = (t: Token) => isCap(t) && !has(t, ['Place', 'Person']) && !isKnownPlace(t.text);

/** How many tokens from `j` ("and" after `run`) continue a law's name: "and", one or two subject words and a
 * singular law word with nothing of a name after it; 0 if none. */
export function lawAndJoin(run: Token[], row: Token[], j: number, nameAt: (k: number) => boolean): number {
  if (row[j].normal !== 'and' || run.length > 3 || !run.every(subject)) return 0;
  for (let m = j + 1; m <= j + 3 && quiet(row[m - 1], row[m]) && nameAt(m); m++) {
    const word = lower(row[m]);
    if (LAW_HEADS.has(word) && !/s$/.test(word)) {
      const more = quiet(row[m], row[m + 1]) && (nameAt(m + 1) || row[m + 1].normal === 'of');
      return m > j + 1 && !more ? m - j + 1 : 0;
    }
    if (!subject(row[m])) return 0;
  }
  return 0;
}

/** The capitalised words from `k` on end in a treaty's or a law's word ("Military Information Agreement"). */
export function lawAfter(row: Token[], k: number): boolean {
  let m = k;
  while (row[m + 1] && isCap(row[m + 1]) && !/\S/.test(row[m].post + row[m + 1].pre)) m++;
  return m > k && isCap(row[k]) && LAW_HEADS.has(lower(row[m]));
}
