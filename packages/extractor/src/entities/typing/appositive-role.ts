// "Kadri Tamm, the Information Minister, said", "Ola Berg, a senior judge at the court": a name followed by a
// comma and a noun phrase headed by an office title is that office's holder. Person cues ask it only of names
// that look personal (person-like.ts): "Acme, the market leader" is no person.
import type { Token } from '../../tokens.js';
import type { NameSpan } from '../spans.js';
import { isTitle } from '../names/name-tokens.js';

const OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** The span is followed by ", the … <title>" with at most three words before the title, which ends the
 * phrase (a comma, the sentence end, "of"/"for"/"at" and a complement, or the clause's verb). */
export function appositiveTitle(s: NameSpan, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  if (!/^,\s*$/.test(last.post)) return false;
  const first = tokens[last.i + 1];
  if (!first || first.sentence !== s.sentence || !OPENERS.has(first.normal)) return false;
  for (let k = first.i + 1; k <= first.i + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentence !== s.sentence) return false;
    if (isTitle(t)) return true;
    if (/[^\s-]/.test(t.post)) return false;
  }
  return false;
}
