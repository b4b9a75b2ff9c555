// The rules of graph-level entity resolution, as data: each names the one stored node an extracted entity
// resolves to, or nothing (none, or more than one, qualifies). Tried in order by resolveDocument.
import { familyName } from '@kg/extractor/names';
import { commonWord } from './load-lexicon.js';
import type { EntityRow } from './doc-rows.js';
import { identifyingAlias } from './derive-node.js';
import { compatibleTypes, key, nameKey, nameKeyForms, nameWords } from './node-keys.js';
import type { StoredNode } from './resolve-entities.js';

export interface Resolution {
  node: StoredNode;
  rule: string;
  because: string[];
}

export interface ResolveRule {
  name: string;
  /** The one node `e` resolves to by this rule, or undefined (none, or more than one, qualifies). */
  apply(e: EntityRow, find: (k: string) => StoredNode[]): Resolution | undefined;
}

/** Types an article guesses for a bare surname ("Trump said" reads as an organisation or a product). */
const SURNAME_GUESSES: ReadonlySet<string> = new Set(['Person', 'Organization', 'Product']);
export const compatible = (n: StoredNode, e: EntityRow) => compatibleTypes(n.type, e.type, n.name, e.name);
const only = (nodes: StoredNode[]) => {
  const ids = new Set(nodes.map((n) => n.id));
  return ids.size === 1 ? nodes[0] : undefined;
};
const hasFullName = (n: StoredNode) => [...n.keys.keys()].some((k) => k.startsWith('f:'));

export const RESOLVE_RULES: ResolveRule[] = [
  {
    // "Senate" the organisation in one article and the place in another: one node.
    name: 'same-name',
    apply(e, find) {
      const k = key.name(e.name);
      // A node named so itself before one that holds the name as its country form (country-form below).
      const nodes = find(k)
        .filter((n) => compatible(n, e))
        .sort((a, b) => Number(nameKey(b.name) === nameKey(e.name)) - Number(nameKey(a.name) === nameKey(e.name)));
      const node = nodes.find((n) => n.type === e.type) ?? nodes[0];
      return node && { node, rule: 'same-name', because: node.keys.get(k) ?? [] };
    },
  },
  {
    // "United States Senate" where another article wrote "US Senate" (or "the Senate of the United States").
    name: 'country-form',
    apply(e, find) {
      const k = nameKeyForms(e.name)[1];
      const node = k === undefined ? undefined : only(find(k).filter((n) => compatible(n, e)));
      return node && { node, rule: 'country-form', because: node.keys.get(k) ?? [] };
    },
  },
  {
    // "AI" where another article wrote "artificial intelligence (AI)", or the reverse.
    name: 'alias',
    apply(e, find) {
      const keys = [key.alias(e.name), ...e.aliases.filter((a) => identifyingAlias(a, e.name)).map((a) => key.name(a))];
      const hits = keys.flatMap((k) => find(k).map((node) => ({ node, k })));
      const node = only(hits.map((h) => h.node).filter((n) => compatible(n, e)));
      return node && { node, rule: 'alias', because: node.keys.get(hits.find((h) => h.node === node)!.k) ?? [] };
    },
  },
  {
    // "Trump" alone (however the article guessed its type), when the graph holds one person called Trump;
    // never an acronym ("IP"), a common word ("Fire", "May") or a place guess.
    name: 'surname',
    apply(e, find) {
      if (!couldBeSurname(e.name, e.type, e.strong)) return undefined;
      const k = key.surname(e.name);
      const node = only(find(k));
      return node && { node, rule: 'surname', because: node.keys.get(k) ?? [] };
    },
  },
  {
    // "Donald Trump" when the graph holds a person node "Trump" with no full name, and no other person called Trump.
    name: 'full-name',
    apply(e, find) {
      if (e.type !== 'Person' || nameWords(e.name).length < 2) return undefined;
      const surname = familyName(e.name);
      if (find(key.fullName(surname)).length) return undefined;
      const k = key.name(surname);
      const node = only(find(k).filter((n) => n.type === 'Person' && !hasFullName(n)));
      return node && { node, rule: 'full-name', because: node.keys.get(k) ?? [] };
    },
  },
];

/** A lone word that may stand for a person's full name: capitalised, not an ordinary word, not surely a place or thing. */
export function couldBeSurname(name: string, type: string, strong: boolean): boolean {
  if (nameWords(name).length !== 1 || !/^\p{Lu}\p{Ll}/u.test(name) || commonWord(name)) return false;
  return SURNAME_GUESSES.has(type) && (type === 'Person' || !strong);
}
