// Finds a role noun ("leader", "chief executive", "spokeswoman") among a phrase's words and the
// relationship it implies between the person holding it and the body it belongs to.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { nounType } from './vocabulary.js';

const ROLE_TYPES = new Set(['LEADS', 'WORKS_FOR', 'FOUNDED', 'OWNS']);

/** Titles that head the body they name; other LEADS nouns written before a name are ranks or posts
 * ("USCG Captain Ana Ruiz", "University coach Ben Hale") and give WORKS_FOR. */
const HEAD_TITLES = new Set([
  ...'leader head president chairman chairwoman chair ceo chief premier chancellor governor mayor king queen'.split(
    ' ',
  ),
  ...['director', 'administrator', 'boss', 'director-general', 'prime minister', 'first minister'],
  ...['chief executive', 'general secretary'],
  ...['secretary-general', 'head coach'],
]);
/** Words that make a role a subordinate one ("assistant coach", "deputy director"). */
const SUBORDINATE = new Set(['assistant', 'deputy', 'vice', 'associate']);

/** The role as a title before a name: only heads-of titles lead. */
export function titleRole(role: Role): Role {
  return role.type === 'LEADS' && !HEAD_TITLES.has(role.noun) ? { ...role, type: 'WORKS_FOR' } : role;
}

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
      if (type && ROLE_TYPES.has(type))
        return { type: type === 'LEADS' && SUBORDINATE.has(words[i - 1]) ? 'WORKS_FOR' : type, noun: w };
    }
  }
  return undefined;
}

/** Role of a whole noun phrase chunk. */
export const chunkRole = (view: SentenceView, np: Chunk): Role | undefined => findRole(view, np.from, np.to);
