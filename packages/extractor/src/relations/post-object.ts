// "appointed Tom Hale chief executive", "named Ann Cole its head": right after a verb that gives a post, the
// post written after the object's name is a second object, not part of the name's phrase (the chunker would
// read "Tom Hale chief executive" as one noun phrase, so the verb had no person as its object).
import type { Token } from '../tokens.js';
import type { Chunk } from './chunks.js';
import { hasBreak } from './token-break.js';

/** Verbs that give their object a post as a second object ("made him the next President" is as often a wish). */
export const POST_GIVERS = new Set([
  'appoint',
  'reappoint',
  'name',
  'nominate',
  'elect',
  're-elect',
  'reelect',
  'crown',
]);

/** Whether the noun phrase being built should end after token `j`: a name right after a post-giving verb,
 * followed by a lower-case word and no other name before the phrase ends ("nominated Clemson University
 * psychologist Jo Jorgensen": words before another name are its title). */
export function postAfterName(
  toks: Token[],
  cls: readonly string[],
  entityAt: readonly (string | undefined)[],
  last: Chunk | undefined,
  possessive: (i: number) => boolean,
  j: number,
): boolean {
  if (last?.kind !== 'VG' || last.passive || !POST_GIVERS.has(last.lemma)) return false;
  const name = entityAt[j];
  if (!name || entityAt[j + 1] || possessive(j) || !/^\p{Ll}/u.test(toks[j + 1]?.text ?? '')) return false;
  for (let k = j + 1; k < toks.length && cls[k] === 'N'; k++) {
    if (entityAt[k]) return false;
    if (hasBreak(toks[k])) break;
  }
  return true;
}
