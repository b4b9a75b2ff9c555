// Finds a role noun ("leader", "chief executive", "spokeswoman") among a phrase's words and the
// relationship it implies between the person holding it and the body it belongs to.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { nounType } from './vocabulary.js';

const ROLE_TYPES = new Set(['LEADS', 'WORKS_FOR', 'FOUNDED', 'OWNS']);

export interface Role {
  type: string;
  noun: string;
}

/** The role named by the non-entity words of chunk positions [from, to], two-word roles first. */
export function findRole(view: SentenceView, from: number, to: number): Role | undefined {
  const words: string[] = [];
  for (let k = from; k <= to; k++) {
    const t = view.toks[k];
    // Words inside a name count only when they are titles ("President" in "President Xi").
    const e = view.entityAt[k];
    if (e && view.types.get(e) !== 'Concept' && !t.tags.has('Actor') && !t.tags.has('Honorific')) continue;
    words.push(t.normal.replace(/['’]s$/, ''));
  }
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    for (const w of [two, words[i]]) {
      const type = w ? nounType(w) : undefined;
      if (type && ROLE_TYPES.has(type)) return { type, noun: w };
    }
  }
  return undefined;
}

/** Role of a whole noun phrase chunk. */
export const chunkRole = (view: SentenceView, np: Chunk): Role | undefined => findRole(view, np.from, np.to);
