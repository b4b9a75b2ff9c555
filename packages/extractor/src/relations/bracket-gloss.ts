// "PR [pull request] list on GitHub": an editor's bracketed gloss right after an acronym spells the acronym out.
// Its words are noun material of the acronym's phrase, never a verb ("pull") with its own subject and object.
// Other insertions ("Riyadh [in Saudi Arabia]", "she [grew] up") are read as written.
import type { Token } from '../tokens.js';

/** Words a gloss may run to before its closing bracket. */
const MAX_GLOSS = 6;

/** The last token of a bracketed gloss opening at token `i` right after a named acronym, or -1. */
export function bracketGlossEnd(toks: Token[], entityAt: readonly (string | undefined)[], i: number): number {
  const prev = toks[i - 1];
  if (!prev || !entityAt[i - 1] || !/^\p{Lu}{2,}s?$/u.test(prev.text)) return -1;
  if (!/^\s*$/.test(prev.post) || !/^\[$/.test(toks[i].pre)) return -1;
  for (let j = i; j < toks.length && j < i + MAX_GLOSS; j++) {
    if (/[[("“]/.test(toks[j].post)) return -1;
    if (/\]/.test(toks[j].post)) return j;
  }
  return -1;
}
