// "is scheduled to remain at the station during the week and return to Earth": after a "to"-infinitive and
// its object or prepositional phrases, a bare verb form right after "and" is a second infinitive sharing the
// "to", though the parse, seeing "the week and return", reads it as a noun. Only a word that reads as a base
// verb, before a preposition or an article, and only when nothing but noun material and prepositions stands
// between the first infinitive and the "and" ("a trip to Oslo and return to Bergen" has no infinitive).
import nlp from 'compromise';
import type { Token } from '../tokens.js';

const BETWEEN = new Set(['N', 'PREP', 'ADV', 'PART']);
const cache = new Map<string, boolean>();

/** The parse reads `word` as a base verb after "they" ("they return"). */
function baseVerb(word: string): boolean {
  let v = cache.get(word);
  if (v === undefined) {
    const terms = (nlp(`they ${word}`).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms ?? [];
    const tags = terms[1]?.tags ?? [];
    v = terms.length === 2 && tags.includes('Infinitive') && !tags.includes('Noun');
    if (cache.size > 2000) cache.clear();
    cache.set(word, v);
  }
  return v;
}

/** Token i, read as a noun, is a second infinitive after "and" (see above). */
export function coordinatedInfinitive(toks: readonly Token[], cls: readonly string[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  if (cls[i] !== 'N' || toks[i - 1]?.normal !== 'and' || cls[i - 1] !== 'CONJ' || !next) return false;
  if (!/^[a-z]+$/.test(t.text) || /[,;:—–“”"()]/.test(toks[i - 2]?.post ?? '') || /[,;:—–“”"()]/.test(t.post))
    return false;
  if (!next.tags.has('Preposition') && !['to', 'the', 'a', 'an'].includes(next.normal)) return false;
  // Back over noun material and prepositions to the first infinitive: "to" and its verb.
  let k = i - 2;
  while (k > 0 && BETWEEN.has(cls[k]) && !/[,;:—–“”"()]/.test(toks[k].post)) k--;
  if (cls[k] !== 'V' || cls[k - 1] !== 'TO' || k >= i - 2) return false;
  return baseVerb(t.normal);
}
