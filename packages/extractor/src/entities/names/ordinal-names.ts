// "the Second World War", "the First Amendment", "the 14th Amendment", "the Third Reich": an ordinal (a
// capitalised word or digits) before a name
// whose head is an event, a law or a numbered body is part of that name. compromise reads the ordinal as a
// value, so without this the name starts after it and "Second World War" and "First World War" become one
// "World War".
import type { Token } from '../../tokens.js';
import { quiet } from './name-tokens.js';
import { EVENT_HEADS } from '../lexicon/org-words.js';
import { LAW_HEADS } from '../lexicon/work-words.js';

// Heads numbered by an ordinal in their names besides events and laws: "Second Vatican Council", "Fifth Republic".
const NUMBERED_HEADS = new Set(['council', 'congress', 'republic', 'reich', 'empire', 'crusade', 'intifada']);
const ORDINAL_WORD = /^(?:\p{Lu}\p{Ll}+|\d{1,3}(?:st|nd|rd|th))$/u;
const DIGITS = /^\d/;

/** The token at `i` is a capitalised ordinal word ("Second") or a digit ordinal ("14th") opening a name of at most four words that
 * ends in an event, law or numbered head ("Second World War", "Second Vatican Council"). */
export function ordinalOpener(row: Token[], i: number, nameAt: (k: number) => boolean): boolean {
  const t = row[i];
  if (!t.tags.has('Ordinal') || !ORDINAL_WORD.test(t.text)) return false;
  for (let k = i + 1; k <= i + 4 && quiet(row[k - 1], row[k]) && nameAt(k); k++) {
    const head = row[k].normal;
    const last = !(quiet(row[k], row[k + 1]) && nameAt(k + 1));
    // "the 116th U.S. Congress" is a session of the one Congress: digits number only laws and events.
    if (last) return EVENT_HEADS.has(head) || LAW_HEADS.has(head) || (NUMBERED_HEADS.has(head) && !DIGITS.test(t.text));
  }
  return false;
}
