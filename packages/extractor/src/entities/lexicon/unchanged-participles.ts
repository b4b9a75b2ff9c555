// Verbs whose past participle is written as their base form ("had hit", "has cut", "had set"): the parse
// reads such a word as a noun, yet after a perfect auxiliary a noun would need a determiner, so there it is
// the participle. Shared by the concept finder (the object after it is the phrase) and the word classes.
import type { Token } from '../../tokens.js';

/** Verbs of the vocabulary whose simple past is their base form, read as nouns between two names. */
export const UNCHANGED_PAST = new Set(['beat', 'hit']);
/** Verbs whose past participle is their base form. */
export const UNCHANGED_PARTICIPLE = new Set([
  ...UNCHANGED_PAST,
  'cut',
  'put',
  'set',
  'quit',
  'bid',
  'hurt',
  'cost',
  'spread',
  'let',
  'broadcast',
  'forecast',
]);
const PERFECT = new Set(['has', 'have', 'had', 'having', "'ve", "'d"]);
/** Adverbs that may stand between the auxiliary and its participle ("had already hit"). */
const PERFECT_ADVERBS = new Set(['already', 'just', 'also', 'since', 'previously', 'recently', 'reportedly', 'not']);
const PUNCTUATED = /[^\s]/;

/** "had received about 35 million dollars": an -ed word the parse read as an adjective or noun, with no noun
 * after it for it to modify ("had skilled workers", "has limited funds" keep their adjective). */
function edParticiple(toks: readonly Token[], i: number): boolean {
  const [t, next] = [toks[i], toks[i + 1]];
  if (!/^\p{Ll}{3,}ed$/u.test(t.text) || t.tags.has('Verb')) return false;
  const modified = !!next && !PUNCTUATED.test(t.post) && (next.tags.has('Noun') || next.tags.has('Adjective'));
  return !modified || next.tags.has('Pronoun');
}

/** Whether `toks[i]` is such a participle after "has"/"had" (adverbs between allowed, no punctuation). */
export function perfectParticiple(toks: readonly Token[], i: number): boolean {
  if (!toks[i] || (!UNCHANGED_PARTICIPLE.has(toks[i].normal) && !edParticiple(toks, i))) return false;
  let k = i - 1;
  while (k >= 0 && PERFECT_ADVERBS.has(toks[k].normal) && !PUNCTUATED.test(toks[k].post)) k--;
  return k >= 0 && PERFECT.has(toks[k].normal) && !PUNCTUATED.test(toks[k].post);
}
