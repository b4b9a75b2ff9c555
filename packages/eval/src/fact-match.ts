// Whether one predicted triple states one reference fact (gold/facts/README.md): both ends match (either
// order when the fact is symmetric), and the predicate's type is among the fact's types or one of its cues
// occurs as a word or word prefix in the predicate's lemma or raw phrase. SAYS is a claim, not an edge:
// a predicted SAYS matches only a fact whose types list SAYS.
import type { Predicate } from '@kg/extractor';
import type { ReferenceFact } from './facts-reference.js';

// Lower-case words joined by single spaces, so "state-owned" and "state owned" read alike.
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

/** True when `cue` (one or more words) starts at a word boundary of `phrase`: a word or a word prefix. */
export function cueOccurs(cue: string, phrase: string): boolean {
  const needle = words(cue);
  return needle !== '' && ` ${words(phrase)}`.includes(` ${needle}`);
}

/** The predicate half of the rule. */
export function predicateFits(predicate: Predicate, fact: ReferenceFact): boolean {
  if (predicate.type === 'SAYS' && !fact.types.includes('SAYS')) return false;
  if (fact.types.includes(predicate.type)) return true;
  return fact.cues.some((cue) => cueOccurs(cue, predicate.lemma) || cueOccurs(cue, predicate.text));
}

/** The ends half: `subjects` and `objects` are the reference names each predicted end matches. */
export function endsFit(subjects: string[], objects: string[], fact: ReferenceFact): boolean {
  if (subjects.includes(fact.subject) && objects.includes(fact.object)) return true;
  return fact.symmetric && subjects.includes(fact.object) && objects.includes(fact.subject);
}
