// Gerunds of saying that compromise may tag as nouns after a noun: "a statement saying an attack …" is a
// statement and what it says, not one noun phrase "statement saying an attack". The concept finder ends
// its phrase before one, and the chunker reads it as a verb.
import type { Token } from '../../tokens.js';

export const SPEECH_GERUNDS: ReadonlySet<string> = new Set([
  'saying',
  'stating',
  'claiming',
  'announcing',
  'alleging',
  'noting',
  'confirming',
]);

/** Token i is a gerund of saying right after a noun (no break between) and before an article: it opens
 * what is said ("an old saying" has a determiner or adjective before it, "the saying goes" no article after). */
export function sayingAfterNoun(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  return (
    SPEECH_GERUNDS.has(toks[i]?.normal ?? '') &&
    !!prev &&
    prev.tags.has('Noun') &&
    !prev.tags.has('Possessive') &&
    !/[,;:—–“”"()]/.test(prev.post) &&
    /^(?:a|an|the)$/.test(toks[i + 1]?.normal ?? '')
  );
}

/** Verbs (roots) that take a reported clause without "that": "noted the deal fits the plan", "said the ban hurts". */
export const REPORTING_ROOTS: ReadonlySet<string> = new Set(
  `say note report add claim argue believe think know find warn state announce confirm allege insist explain
  suggest acknowledge admit deny conclude estimate expect fear hope show indicate reveal`.split(/\s+/),
);
