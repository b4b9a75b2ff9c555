// "had left a small U.S. flag aboard the ISS": the parse reads "flag" as a verb, with "U.S." its subject. After
// an object phrase opened by "a" or "an" (one thing), a bare verb form cannot be a present verb agreeing with
// it ("a flag" would take "flags"); it is the phrase's own head noun. Only in object position (after a verb or
// a preposition) and not after a verb that takes a bare verb after its object ("let", "make", "have", "see").
import type { Token } from '../tokens.js';

/** Verbs (roots) that take a bare verb after their object ("let Ann leave", "saw the team win"). */
export const BARE_AFTER_OBJECT: ReadonlySet<string> = new Set([
  'let',
  'make',
  'have',
  'help',
  'see',
  'watch',
  'hear',
  'bid',
]);

/** Whether token `i`, a bare verb form, ends an object phrase opened by "a"/"an" as its head noun. */
export function objectHeadNoun(toks: Token[], cls: readonly string[], i: number): boolean {
  const t = toks[i];
  if (!t.tags.has('Infinitive') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.normal === 'be') return false;
  let k = i - 1;
  while (k > 0 && cls[k] === 'N' && cls[k - 1] === 'N' && !/[,;:()]/.test(toks[k - 1].post)) k--;
  if (k >= i || cls[k] !== 'N' || !['a', 'an'].includes(toks[k].normal)) return false;
  const before = toks[k - 1];
  if (!before || !['V', 'PREP'].includes(cls[k - 1]) || /[,;:()]/.test(before.post)) return false;
  return !BARE_AFTER_OBJECT.has(before.root ?? before.normal);
}
