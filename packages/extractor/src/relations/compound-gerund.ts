// "controls on exports of semiconductors and chipmaking tools to China", "the shipbuilding industry": an -ing
// word that neither the lexicon nor the parse of its bare form alone knows as a verb ("chipmake" is no verb,
// "legalise" is) is a compound's modifier, not a verb. Before a noun the parse still guessed a gerund, and
// "and chipmaking" became a second verb of the clause's subject ("Washington chipmaking tools to China").
import type { Token } from '../tokens.js';
import { lexiconTags } from '../lexicon-tags.js';
import { aloneTags } from '../common-word.js';
import { hasBreak } from './token-break.js';

/** The verbs an -ing word could be a form of: "making" → mak, make; "stopping" → stopp, stop. */
function stems(word: string): string[] {
  const bare = word.slice(0, -3);
  const out = [bare, `${bare}e`];
  if (/(\p{Ll})\1$/u.test(bare)) out.push(bare.slice(0, -1));
  return out;
}

/** Whether token `i`, classed a verb, is such an -ing word with a lower-case noun right after it. */
export function compoundGerund(toks: Token[], cls: readonly string[], i: number): boolean {
  const [t, next] = [toks[i], toks[i + 1]];
  if (cls[i] !== 'V' || !next || hasBreak(t) || !/^\p{Ll}[\p{Ll}-]{4,}ing$/u.test(t.text)) return false;
  if (!/^\p{Ll}+$/u.test(next.text) || !next.tags.has('Noun') || next.tags.has('Pronoun')) return false;
  return (
    lexiconTags(t.normal).length === 0 &&
    stems(t.normal).every((s) => lexiconTags(s).length === 0 && aloneTags(s)?.includes('Verb') === false)
  );
}
