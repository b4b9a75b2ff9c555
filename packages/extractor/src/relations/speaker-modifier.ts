// '"…," said study co-author Ann Cole', '"…," says lead researcher Tom Hale': after a quotation and its verb of
// saying, the words before the speaker's name describe the speaker. A word there that the parser reads as a
// verb ("study", "lead", "research", "survey") modifies the noun after it; read as a verb it left the quotation
// without its speaker, or gave it to another name of the article.
import type { Token } from '../tokens.js';
import { hasBreak } from './token-break.js';
import { verbType } from './vocabulary.js';

/** Whether token `i` is a verb of saying right after a quotation ('"…," says'): a verb, even before another
 * word the parser reads as a verb ("says lead researcher …" is no plural noun before "lead"). */
export function sayingAfterQuotation(toks: Token[], i: number): boolean {
  const [quoted, verb] = [toks[i - 1], toks[i]];
  return (
    !!quoted &&
    !!verb &&
    /["”]\s*$/.test(quoted.post) &&
    !hasBreak(verb) &&
    verbType(verb.root ?? verb.normal) === 'SAYS'
  );
}

/** Whether token `i`, classed a verb, is a modifier in the speaker's phrase after a quotation (see above). */
export function speakerModifier(
  toks: Token[],
  cls: readonly string[],
  entityAt: readonly (string | undefined)[],
  i: number,
): boolean {
  const t = toks[i];
  if (cls[i] !== 'V' || cls[i - 1] !== 'V' || entityAt[i] || hasBreak(t) || !/^\p{Ll}+$/u.test(t.text)) return false;
  if (!sayingAfterQuotation(toks, i - 1)) return false;
  if (t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal') || /(?:ing|ed)$/.test(t.normal))
    return false;
  let k = i + 1;
  // ("said lead author Professor Ann Cole": a title may stand before the name.)
  const describing = (w: Token) => /^\p{Ll}/u.test(w.text) || w.tags.has('Honorific') || w.tags.has('Actor');
  while (cls[k] === 'N' && !entityAt[k] && describing(toks[k]) && !hasBreak(toks[k])) k++;
  return !!entityAt[k];
}
