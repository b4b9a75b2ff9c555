// Which reference entities a predicted node's name stands for (gold/facts/README.md): its name equals
// the reference name or one of its aliases, case-insensitively, after trimming punctuation, a leading
// "the" and a possessive 's.
import { normaliseName } from './gold-scorer.js';
import type { ReferenceEntity } from './facts-reference.js';

/** The comparison key of a name: `normaliseName` (punctuation, possessive, case) without a leading "the". */
export function referenceNameKey(name: string): string {
  return normaliseName(normaliseName(name).replace(/^the\s+/, ''));
}

/** Maps a predicted name to the names of the reference entities it matches (several when aliases are shared). */
export function referenceMatcher(entities: ReferenceEntity[]): (name: string) => string[] {
  const byKey = new Map<string, string[]>();
  for (const e of entities) {
    for (const form of new Set([e.name, ...e.aliases].map(referenceNameKey))) {
      if (!form) continue;
      const names = byKey.get(form) ?? [];
      if (!names.includes(e.name)) names.push(e.name);
      byKey.set(form, names);
    }
  }
  return (name) => byKey.get(referenceNameKey(name)) ?? [];
}
