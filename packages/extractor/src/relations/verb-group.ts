// What a verb-group chunk means: its main lemma (with the main verb's particles), its content lemmas, and
// whether it is negated, hedged, passive, finite, a gerund or a bare participle.
import type { Token } from '../tokens.js';
import type { Chunk } from './chunks.js';
import { negationPrefix, type Cls } from './token-class.js';
import {
  BACKED,
  AVOIDING,
  CEASING,
  HEDGE_ADVERBS,
  HEDGE_MODALS,
  INTENT,
  OPINION_VERBS,
  REFUSAL,
  REQUESTED,
  UNLINKED,
} from './verb-modality.js';

/** Forms of "be" (with the contractions the parse leaves as words). */
export const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re"]);

/** Fills the verb-group fields of chunk `ch`, whose tokens are `toks` with word classes `cls`. */
export function verbGroup(ch: Chunk, toks: Token[], cls: Cls[], lemmaOf: (t: Token) => string): Chunk {
  const verbs = toks.filter((_, k) => cls[k] === 'V');
  const content = verbs.filter(
    (t) =>
      !t.tags.has('Auxiliary') &&
      !t.tags.has('Modal') &&
      !(t.tags.has('Copula') && verbs.length > 1 && t !== verbs[verbs.length - 1]),
  );
  // After "to" a verb is a base form: "went on to found Pell Group" founds, it does not find.
  const base = (t: Token) =>
    toks[toks.indexOf(t) - 1]?.normal === 'to' && t.tags.has('PastTense') ? t.normal : lemmaOf(t);
  ch.lemmas = content.map(base);
  const last = content[content.length - 1] ?? verbs[verbs.length - 1];
  // Only the main verb's own particles: "went on to say" says, "pulled out" pulls out.
  const particles = toks.filter((t, k) => cls[k] === 'PART' && (!last || t.i > last.i)).map((t) => t.normal);
  ch.lemma = (last ? base(last) : '') + (particles.length ? ` ${particles.join(' ')}` : '');
  // "denied buying Beta", "denies having bribed": a denial before the content verb of the same group says
  // the act did not happen (a second negation turns it back).
  const denied = ch.lemmas.slice(0, -1).includes('deny');
  const unlinked =
    toks.some((t) => UNLINKED.test(t.normal)) || toks.some((t, k) => t.normal === 'no' && cls[k] === 'NEG'); // "no longer" (token-class)
  ch.negated = (toks.some((t) => t.tags.has('Negative') && !negationPrefix(t)) || unlinked) !== denied;
  // "refused to meet X", "failed to buy X": the act did not happen.
  if (ch.lemmas.slice(0, -1).some((l) => REFUSAL.has(l))) ch.negated = !ch.negated;
  // "avoided criticising X", "ruled out meeting X": the act was kept from happening.
  const ruledOut = (t: Token) => lemmaOf(t) === 'rule' && toks[toks.indexOf(t) + 1]?.normal === 'out';
  if (content.some((t, k) => k < content.length - 1 && (AVOIDING.has(ch.lemmas[k]) || ruledOut(t))))
    ch.negated = !ch.negated;
  // "stopped representing Iran": the act no longer holds (not "stopped to talk to Ann", which did it).
  if (content.some((t, k) => k < content.length - 1 && CEASING.has(ch.lemmas[k]) && content[k + 1].tags.has('Gerund')))
    ch.negated = !ch.negated;
  ch.hedged =
    // "couldn't", "mightn't": a modal keeps its hedge when it carries a contracted "not".
    toks.some((t) => HEDGE_MODALS.has(t.normal.replace(/n['’]t$/u, '')) || HEDGE_ADVERBS.has(t.normal)) ||
    ch.lemmas.slice(0, -1).some((l) => INTENT.has(l) || REQUESTED.has(l) || OPINION_VERBS.has(l) || BACKED.has(l));
  const beIdx = toks.findIndex((t) => BE.has(t.normal) || t.tags.has('Copula'));
  // "is scheduled to meet", "was expected to visit": a "to"-verb after the participle is the active main verb.
  const lastAt = last ? toks.indexOf(last) : -1;
  const activeAfter = toks.slice(beIdx + 1, lastAt).some((t) => t.normal === 'to') && !!last?.tags.has('Infinitive');
  ch.passive =
    beIdx >= 0 &&
    !activeAfter &&
    toks.slice(beIdx + 1).some((t) => t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Passive'));
  ch.participle =
    verbs.length === 1 &&
    (verbs[0].tags.has('PastTense') || verbs[0].tags.has('Participle')) &&
    !verbs[0].tags.has('Auxiliary');
  // ("outside Washington, D.C. saying, …": an -ing word the parse took for a noun is a gerund in a verb group.)
  const ingNoun = (t: Token) => /\p{Ll}ing$/u.test(t.normal) && t.tags.has('Noun') && !t.tags.has('Verb');
  ch.gerund = verbs.length > 0 && verbs.every((t) => t.tags.has('Gerund') || ingNoun(t));
  ch.finite = verbs.some(
    (t) =>
      t.tags.has('Auxiliary') ||
      t.tags.has('Modal') ||
      t.tags.has('Copula') ||
      (t.tags.has('PresentTense') && !t.tags.has('Gerund') && !t.tags.has('Infinitive')) ||
      t.tags.has('PastTense'),
  );
  return ch;
}
