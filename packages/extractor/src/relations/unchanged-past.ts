// "Ann Cole beat Tom Hale in the final", "Hurricane Ida hit Louisiana": a verb whose past tense is written as
// its base form is read by the parse as a noun between two names ("a beat", "a hit"). With no verb before it
// in its clause, the word between the clause's first name and another name is that clause's verb; so is the
// word right after a relative's subject ("whom Ann Cole beat in 2016"), and the word between that name and a
// noun phrase when nothing later in the clause is its verb ("Norland cut aid to Dorn", where "The Norland set
// piece was praised" has its verb later). After a perfect auxiliary ("had hit", "has cut") such a word is its
// participle wherever it stands: a noun there would need a determiner.
import type { Token } from '../tokens.js';
import { hasBreak } from './token-break.js';
import { UNCHANGED_PAST, UNCHANGED_PARTICIPLE, perfectParticiple } from '../entities/lexicon/unchanged-participles.js';

/** Word classes that open a clause ("said that", "after"). */
const CLAUSE_OPENERS = new Set(['COMP', 'SUB', 'REL']);
/** Words read as prepositions until a verb follows them, which this word may be ("scored as Norland beat Dorn"). */
const OPENER_WORDS = new Set(['as', 'after', 'before', 'since', 'until']);

/** Whether token `i`, read as a noun, is such a past verb between two names or after a perfect auxiliary. */
export function unchangedPast(
  toks: Token[],
  cls: readonly string[],
  entityAt: readonly (string | undefined)[],
  i: number,
): boolean {
  const [prev, t] = [toks[i - 1], toks[i]];
  if (cls[i] !== 'N' || entityAt[i]) return false;
  if (perfectParticiple(toks, i)) return true;
  if (!UNCHANGED_PARTICIPLE.has(t.text)) return false;
  const [before, after] = [entityAt[i - 1], entityAt[i + 1]];
  if (!prev || !before || before === after || hasBreak(prev) || hasBreak(t)) return false;
  let k = i - 1;
  while (k >= 0 && entityAt[k] === before) k--;
  // "Tom Hale, whom Ann Cole beat in 2016": after a relative and its subject, the object is the antecedent.
  if (cls[k] === 'REL') return UNCHANGED_PAST.has(t.text);
  for (; k >= 0; k--) {
    if (cls[k] === 'V') return false;
    if (CLAUSE_OPENERS.has(cls[k]) || OPENER_WORDS.has(toks[k].normal) || hasBreak(toks[k])) break;
  }
  return !!after || (cls[i + 1] === 'N' && !verbLater(toks, cls, i));
}

/** Whether a verb follows token `i` in its clause. */
function verbLater(toks: Token[], cls: readonly string[], i: number): boolean {
  for (let k = i + 1; k < toks.length && !hasBreak(toks[k - 1]); k++) {
    if (cls[k] === 'V') return true;
    if (CLAUSE_OPENERS.has(cls[k])) return false;
  }
  return false;
}
