// "Wikinews contacted campaign manager Steve Dasbach": the parse reads "campaign" as a second verb right after
// "contacted". A past verb takes no bare verb straight after it (only the verbs of letting, making and helping
// do: "helped build homes", "let go staff"), so a bare form there, before a noun, modifies that noun.
import type { Token } from '../tokens.js';
import { hasBreak } from './token-break.js';
import { BARE_AFTER_OBJECT } from './object-head-noun.js';

/** Verbs that take a bare verb straight after them: those that take one after their object, and a few more. */
const BARE_TAKERS = new Set([...BARE_AFTER_OBJECT, 'dare', 'go', 'come']);

/** Whether token `i`, read as a verb, is a bare form between a past verb and a noun, which it modifies. */
export function nounAfterPastVerb(toks: Token[], cls: readonly string[], i: number): boolean {
  const [prev, t, next] = [toks[i - 1], toks[i], toks[i + 1]];
  if (!prev || !next || cls[i - 1] !== 'V' || cls[i] !== 'V' || cls[i + 1] !== 'N') return false;
  if (!t.tags.has('Infinitive') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.normal === 'be') return false;
  if (!prev.tags.has('PastTense') || prev.tags.has('Auxiliary') || prev.tags.has('Copula')) return false;
  if (BARE_TAKERS.has(prev.root ?? prev.normal) || hasBreak(prev) || hasBreak(t)) return false;
  return next.tags.has('Noun') && !next.tags.has('Verb') && !next.tags.has('Pronoun');
}
