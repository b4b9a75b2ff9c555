// "is still operating in Europe": after a form of "be" and an adverb of time, the parse may read the adverb
// as an adjective and the -ing form as a noun ("operating" as in "operating costs"), which leaves the clause
// with "be" for its verb. Before a preposition, such an -ing form is the verb of a progressive ("Acme is still
// operating in Peru"); a noun there would need a determiner ("is still the operating company").
import type { Token } from '../tokens.js';
import { BE } from './verb-group.js';

/** Adverbs of time or degree that may stand between "be" and its -ing form. */
const BETWEEN = new Set(['still', 'already', 'now', 'currently', 'also', 'again', 'actively', 'reportedly']);

/** Whether token `i`, an -ing form read as a noun, is a progressive's verb after "be" and an adverb. */
export function progressiveNoun(toks: Token[], entityAt: readonly (string | undefined)[], i: number): boolean {
  const t = toks[i];
  const adverb = toks[i - 1];
  const be = toks[i - 2];
  const next = toks[i + 1];
  return (
    !!be &&
    !!next &&
    !entityAt[i] &&
    /^[a-z]+ing$/.test(t.text) &&
    t.tags.has('Noun') &&
    BETWEEN.has(adverb.normal) &&
    (BE.has(be.normal) || be.tags.has('Copula')) &&
    !/[,;:()"“”]/.test(be.post + adverb.post + t.post) &&
    next.tags.has('Preposition')
  );
}
