// "won the nomination on the fourth ballot, edging attorney Tom Hale": a word the lexicon knows as a gerund,
// read as a noun right after a comma and before an object (an article, a name, or a title and a name), opens
// a participle clause. As a noun it joined the phrase before it as one more item of a list, and the nominee
// "won the nomination on" her rivals.
import type { Token } from '../tokens.js';
import { lexiconTags } from '../lexicon-tags.js';

const OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

export function commaParticiple(toks: Token[], entityAt: (string | undefined)[], i: number): boolean {
  const [prev, t, next] = [toks[i - 1], toks[i], toks[i + 1]];
  if (!prev || !next || !prev.post.includes(',') || entityAt[i] || !/^\p{Ll}+ing$/u.test(t.text)) return false;
  if (!lexiconTags(t.normal).includes('Gerund')) return false;
  return OPENERS.has(next.normal) || !!entityAt[i + 1] || (next.tags.has('Actor') && !!entityAt[i + 2]);
}
