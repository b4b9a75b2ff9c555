// "urged elected officials to act", "encouraged newly elected president Ann Cole to …", "found abandoned cars":
// a past participle right after a verb that is no auxiliary (an adverb may stand between) and right before
// noun material describes that noun; it is no second verb of the group ("urged elected" would make the
// sentence's verb "elect"). Verbs that take a participle as their complement ("got elected", "became known")
// and verbs of saying or thinking, after which a clause may open ("police said attacked Ann"), keep the verb.
import type { Token } from '../tokens.js';
import { hasBreak } from './token-break.js';
import { verbType } from './vocabulary.js';

const LINKING = new Set(['get', 'become', 'remain', 'stay', 'keep', 'seem', 'appear', 'look', 'feel', 'go', 'come']);
const THINKING = new Set(['believe', 'think', 'suspect', 'fear', 'know', 'consider']);

/** Whether token `i`, classed a verb, is a participle describing the noun after it (see above). */
export function participleModifier(toks: Token[], cls: readonly string[], i: number): boolean {
  const t = toks[i];
  if (cls[i] !== 'V' || !(t.tags.has('PastTense') || t.tags.has('Participle')) || !/(?:ed|en)$/.test(t.normal))
    return false;
  if (t.tags.has('Auxiliary') || t.tags.has('Copula') || hasBreak(t)) return false;
  const next = toks[i + 1];
  if (!next || cls[i + 1] !== 'N' || next.tags.has('Pronoun') || next.tags.has('Determiner')) return false;
  const k = cls[i - 1] === 'ADV' && /ly$/.test(toks[i - 1].normal) ? i - 2 : i - 1;
  const verb = toks[k];
  if (!verb || cls[k] !== 'V' || hasBreak(verb) || (k < i - 1 && hasBreak(toks[i - 1]))) return false;
  if (verb.tags.has('Auxiliary') || verb.tags.has('Copula') || verb.tags.has('Modal')) return false;
  const lemma = verb.root ?? verb.normal;
  return !LINKING.has(lemma) && !THINKING.has(lemma) && verbType(lemma) !== 'SAYS';
}
