// deriveNode(): a graph node's name, type, aliases and lookup keys from the entries its documents gave it
// (one per document: the name it used, its type guess and whether a strong rule made it), in document id
// order in both stores. Everything is recomputed from the entries, so deleting or re-importing a document
// leaves exactly what the others say, whatever the order they came in.
import { familyName } from '@kg/extractor/names';
import { key, nameKeyForms, nameWords } from './node-keys.js';

/** What one document says about one node. */
export interface NodeEntry {
  doc: string;
  name: string;
  type: string;
  /** The type came from a strong rule (title, place head, context cue), not a guess. */
  strong: boolean;
  aliases: string[];
  /** How the document's entity was resolved to this node: new, same-name, alias, surname, full-name. */
  rule: string;
  /** Documents whose names supported that resolution. */
  because: string[];
  /**
   * How many documents said exactly this (default 1): a store may pass one entry for all of them, `doc`
   * the first by id and `docs` the first few (at least three), so a hub named by thousands of documents
   * is derived from its few distinct entries.
   */
  count?: number;
  docs?: string[];
}

export interface TypeVotes {
  [type: string]: { strong: number; weak: number };
}

export interface DerivedNode {
  name: string;
  type: string;
  aliases: string[];
  votes: TypeVotes;
  /** Lookup key → up to three documents that gave it (the resolution's explanation). */
  keys: Map<string, string[]>;
}

/** Rules whose name is a short form of the node's: kept as an alias, never as a name others resolve to. */
export const SHORT_FORM_RULES: ReadonlySet<string> = new Set(['surname']);

/**
 * The rule of an unnamed event or thing of one document ("missile strike"): its node gives no name to
 * resolve to, so another document's "missile strike" (another strike) never joins it.
 */
export const UNNAMED_RULE = 'unnamed';

/** How many documents each lookup key keeps as its explanation. */
export const KEY_DOCS = 3;

/** A strong rule's vote outweighs this many guesses: one title beats two guesses, not thirty. */
export const STRONG_VOTE = 3;

/** The type with the most weighted votes (strong × STRONG_VOTE + weak); ties go to the first entry's type. */
export function voteType(entries: NodeEntry[]): { type: string; votes: TypeVotes } {
  const votes: TypeVotes = {};
  for (const e of entries) {
    const v = (votes[e.type] ??= { strong: 0, weak: 0 });
    if (e.strong) v.strong += e.count ?? 1;
    else v.weak += e.count ?? 1;
  }
  let best = entries[0]?.type ?? 'Concept';
  let bestScore = -1;
  for (const e of entries) {
    const score = votes[e.type].strong * STRONG_VOTE + votes[e.type].weak;
    if (score > bestScore) [best, bestScore] = [e.type, score];
  }
  return { type: best, votes };
}

/** The node's display name: a person's full name over a surname, then the name most documents use. */
function chooseName(entries: NodeEntry[], type: string): string {
  const named = entries.filter((e) => !SHORT_FORM_RULES.has(e.rule));
  const pool = named.length ? named : entries;
  const count = new Map<string, number>();
  for (const e of pool) count.set(e.name, (count.get(e.name) ?? 0) + (e.count ?? 1));
  let best = pool[0]?.name ?? '';
  let score = -1;
  for (const [name, n] of count) {
    const s = n + (type === 'Person' && nameWords(name).length > 1 ? 1e6 : 0);
    if (s > score) [best, score] = [name, s];
  }
  return best;
}

const FUNCTION_WORDS = new Set([
  'of',
  'and',
  'the',
  'for',
  'in',
  'on',
  'de',
  'du',
  'la',
  'le',
  'des',
  'del',
  'y',
  'et',
]);

/** "EU" / "European Union", "ISIS" / "Islamic State of Iraq and Syria": the letters are the words' initials. */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/\./g, '');
  if (!/^[\p{Lu}&]{2,8}$/u.test(letters)) return false;
  const words = name.split(/[\s-]+/).filter(Boolean);
  const initials = (ws: string[]) => ws.map((w) => w[0]?.toUpperCase() ?? '').join('');
  return [initials(words), initials(words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())))].includes(letters);
}

/**
 * An alias that identifies a node across documents: an acronym and its expansion, either way round.
 * Other in-document aliases (short forms, demonyms, qualifiers) stay the document's own: a wrong one would
 * otherwise pull every later article's entity into the wrong node.
 */
export function identifyingAlias(alias: string, name: string): boolean {
  return isAcronymOf(alias, name) || isAcronymOf(name, alias);
}

/** The keys one entry gives a node of type `type` (see node-keys.ts). */
export function entryKeys(
  entry: { name: string; type: string; strong: boolean; aliases: string[]; rule?: string },
  type: string,
): string[] {
  const keys: string[] = [];
  if (entry.rule === UNNAMED_RULE) return keys;
  if (!SHORT_FORM_RULES.has(entry.rule ?? 'new')) {
    keys.push(...nameKeyForms(entry.name));
    // A full name the document itself typed as a person gives its surname to later short forms.
    // Its family name as the extractor reads it: "Bashar al-Assad" gives "Assad".
    if (type === 'Person' && nameWords(entry.name).length > 1) {
      keys.push(key.fullName(familyName(entry.name)));
      if (entry.type === 'Person') keys.push(key.surname(familyName(entry.name)));
    }
  }
  for (const a of entry.aliases) if (identifyingAlias(a, entry.name)) keys.push(key.alias(a));
  return keys;
}

export function deriveNode(id: string, entries: NodeEntry[]): DerivedNode {
  const { type, votes } = voteType(entries);
  const name = chooseName(entries, type);
  const aliases = new Set<string>();
  for (const e of entries) for (const a of [e.name, ...e.aliases]) aliases.add(a);
  aliases.delete(name);
  // The first KEY_DOCS documents by id giving each key (entries come in document id order; counted ones
  // bring their first few, so the documents are merged in id order).
  const counted = entries.some((e) => e.docs);
  const keys = new Map<string, string[]>([[key.id(id), []]]);
  for (const e of entries) {
    for (const k of entryKeys(e, type)) {
      const docs = keys.get(k) ?? [];
      for (const d of e.docs ?? [e.doc]) if ((counted || docs.length < KEY_DOCS) && !docs.includes(d)) docs.push(d);
      keys.set(k, docs);
    }
  }
  if (counted) for (const [k, docs] of keys) keys.set(k, docs.sort().slice(0, KEY_DOCS));
  return { name, type, aliases: [...aliases].sort(), votes, keys };
}
