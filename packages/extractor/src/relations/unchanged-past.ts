// "Ann Cole beat Tom Hale in the final", "Hurricane Ida hit Louisiana": a verb whose past tense is written as
// its base form is read by the parse as a noun between two names ("a beat", "a hit"). With no verb before it
// in its clause, the word between the clause's first name and another name is that clause's verb; so is the
// word right after a relative's subject ("whom Ann Cole beat in 2016").
import type { Token } from '../tokens.js';
import { hasBreak } from './token-break.js';

/** Verbs of the vocabulary whose past tense is their base form. */
const UNCHANGED_PAST = new Set(['beat', 'hit']);
/** Word classes that open a clause ("said that", "after"). */
const CLAUSE_OPENERS = new Set(['COMP', 'SUB', 'REL']);

/** Whether token `i`, read as a noun, is such a past verb between two names. */
export function unchangedPast(
  toks: Token[],
  cls: readonly string[],
  entityAt: readonly (string | undefined)[],
  i: number,
): boolean {
  const [prev, t] = [toks[i - 1], toks[i]];
  if (cls[i] !== 'N' || entityAt[i] || !UNCHANGED_PAST.has(t.text)) return false;
  const [before, after] = [entityAt[i - 1], entityAt[i + 1]];
  if (!prev || !before || before === after || hasBreak(prev) || hasBreak(t)) return false;
  let k = i - 1;
  while (k >= 0 && entityAt[k] === before) k--;
  // "Tom Hale, whom Ann Cole beat in 2016": after a relative and its subject, the object is the antecedent.
  if (cls[k] === 'REL') return true;
  if (!after) return false;
  for (; k >= 0; k--) {
    if (cls[k] === 'V') return false;
    if (CLAUSE_OPENERS.has(cls[k]) || hasBreak(toks[k])) break;
  }
  return true;
}
