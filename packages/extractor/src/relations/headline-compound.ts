// "U.S. judge orders release of Trump's tax records": the parse reads "judge" as the verb and "orders" as a
// plural noun. At the start of a clause a bare verb form right after a singular noun cannot be that noun's
// verb (a singular subject takes "judges"), so it is the last noun of the subject, and an -s word right after
// it that the parse took for a plural noun is the verb ("orders"), when no verb follows that word (and the
// entity stage did not read it into a name: then the clause is left without a verb, and gives no edge).
import type { Token } from '../tokens.js';
import { hasBreak } from './token-break.js';

/** Whether token `i`, read as a bare verb, ends a singular subject whose verb is the -s word after it. */
export function compoundBeforeVerb(toks: Token[], cls: readonly string[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  const after = toks[i + 2];
  if (cls[i] !== 'V' || !t.tags.has('Infinitive') || t.tags.has('Auxiliary') || t.normal === 'be' || hasBreak(t))
    return false;
  if (!next || cls[i + 1] !== 'N' || !next.tags.has('Plural') || !/s$/.test(next.normal)) return false;
  if (hasBreak(next) || !after || after.tags.has('Verb')) return false;
  // The subject: nouns from the clause's start, the last of them singular and no pronoun ("They judge …").
  let k = i - 1;
  // ("Iran issues arrest warrants": a subject word the parse read as a verb may be the verb itself.)
  while (k >= 0 && cls[k] === 'N' && !hasBreak(toks[k]) && !toks[k].tags.has('Verb')) k--;
  const prev = toks[i - 1];
  return k === -1 && i > 0 && prev.tags.has('Noun') && !prev.tags.has('Plural') && !prev.tags.has('Pronoun');
}

/** "Ohio judge orders release of Ann Vole": in a sentence the parse found no verb in, an -s word inside the
 * nouns that open it, after a singular noun and before another noun, is the verb of a headline. */
export function verblessPlural(
  toks: Token[],
  cls: readonly string[],
  entityAt: readonly unknown[],
  i: number,
): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (i === 0 || !next || cls[i] !== 'N' || entityAt[i] || !t.tags.has('Plural') || !/s$/.test(t.normal)) return false;
  // ("Acme Corp chief sues Beta": a word the parse calls an adjective may head the subject; no guess then.)
  if (!prev.tags.has('Noun') || prev.tags.has('Plural') || prev.tags.has('Pronoun') || hasBreak(prev) || hasBreak(t))
    return false;
  if (cls[i + 1] !== 'N' || next.tags.has('Plural') || cls.includes('V')) return false;
  return cls.slice(0, i).every((c, k) => c === 'N' && !hasBreak(toks[k]));
}
