// "Ann Cole has resigned, mining company Rio Tinto said": after a comma, an -ing form, a bare common noun and a
// name that a finite verb follows is one noun phrase, the subject of that verb ("mining company Rio Tinto");
// the -ing form describes the noun. Read as a verb it made "Ann Cole" mine Rio Tinto. A participle clause
// ("…, edging attorney Tom Hale") ends at its object: no finite verb follows the name.
import type { Token } from '../tokens.js';
import { hasBreak } from './token-break.js';

/** Whether token `i`, classed a verb, is an -ing modifier of the noun and name after it (see above). */
export function gerundModifier(
  toks: Token[],
  cls: readonly string[],
  entityAt: readonly (string | undefined)[],
  i: number,
): boolean {
  const [prev, t, noun] = [toks[i - 1], toks[i], toks[i + 1]];
  if (!prev || !noun || cls[i] !== 'V' || entityAt[i] || !/^\p{Ll}+ing$/u.test(t.text)) return false;
  if (!prev.post.includes(',') || hasBreak(t) || hasBreak(noun) || entityAt[i + 1]) return false;
  if (!/^\p{Ll}+$/u.test(noun.text) || !noun.tags.has('Noun') || cls[i + 1] !== 'N') return false;
  if (['Pronoun', 'Determiner', 'Possessive', 'Value'].some((g) => noun.tags.has(g))) return false;
  let k = i + 2;
  if (!entityAt[k]) return false;
  // The name may carry its short form in brackets: "World Wonder Ring Stardom (Stardom) announced" (the
  // tokeniser writes "(" before the next word, ")" after the last).
  while (entityAt[k] && (!hasBreak(toks[k]) || /^\)\s*$/.test(toks[k].post))) k++;
  const verb = toks[k];
  if (!verb || entityAt[k] || cls[k] !== 'V') return false;
  return verb.tags.has('PastTense') || (verb.tags.has('PresentTense') && /s$/.test(verb.normal));
}
