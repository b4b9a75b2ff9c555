// Where an entity stands in a sentence, its last word, and whether it is written there as the name of an illness:
// the word senses (attack-, condition-, amount-, address-, disclosure-sense.ts) read them, and the frames of "blame"
// and "join" where an object ends.
import { diseaseName } from '../entities/lexicon/diseases.js';
import type { SentenceView } from './sentence-view.js';

/** Token positions of the entity's mentions in the sentence, in order. */
export const entityTokens = (view: SentenceView, id: string): number[] =>
  view.entityAt.flatMap((e, k) => (e === id ? [k] : []));

/** The word of the entity's last token in the sentence (the head of "the monthly subscription price"), or ''. */
export function lastWordOf(view: SentenceView, id: string): string {
  const at = entityTokens(view, id);
  return at.length ? view.toks[at[at.length - 1]].normal : '';
}

/** The last token of the entity's first mention after token `from` (a verb's object: "blamed the outbreak on …",
 * "joined Ann Cole in …"), or -1. */
export function mentionEndAfter(view: SentenceView, id: string, from: number): number {
  let k = view.entityAt.findIndex((e, n) => n > from && e === id);
  if (k < 0) return -1;
  while (view.entityAt[k + 1] === id) k++;
  return k;
}

/** The entity's words in the sentence, from its first mention to its last, name an illness ("COVID-19"). */
export function namedIllness(view: SentenceView, id: string): boolean {
  const at = entityTokens(view, id);
  return at.length > 0 && diseaseName(view.slice(at[0], at[at.length - 1]).trim());
}
