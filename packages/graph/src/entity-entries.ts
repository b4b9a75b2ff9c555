// How Neo4j keeps what each document said of an entity: one encoded entry per document on the node
// (`entries`), and the properties derived from them (name, type, aliases, lookup keys). Plain strings, no
// driver: the Cypher export writes the same properties without loading neo4j-driver.
import { deriveNode, type NodeEntry } from './derive-node.js';
import { key } from './node-keys.js';

export const FIELD = '\u001f';
export const ITEM = '\u001e';

export function encodeEntry(e: NodeEntry): string {
  return [e.doc, e.name, e.type, e.strong ? '1' : '0', e.aliases.join(ITEM), e.rule, e.because.join(ITEM)].join(FIELD);
}

export function decodeEntry(s: string): NodeEntry {
  const [doc, name, type, strong, aliases, rule, because] = s.split(FIELD);
  const list = (x: string | undefined) => (x ? x.split(ITEM) : []);
  return {
    doc,
    name,
    type,
    strong: strong === '1',
    aliases: list(aliases),
    rule: rule ?? 'new',
    because: list(because),
  };
}

/** The prefix of every entry a document gave (to strip them when it is removed or replaced). */
export const entryPrefix = (docId: string) => `${docId}${FIELD}`;

export const lookupOf = (keys: Iterable<string>) => `${ITEM}${[...keys].join(ITEM)}${ITEM}`;

/**
 * The keys of a derived `keys` list (`key␟docs` items) that Neo4j finds through LookupKey nodes: all but the id
 * key, and, given the node's id, but the name keys whose slug family holds that id: neo4jCandidates looks each
 * name key's family up by a range of the id constraint, which finds the node without a link.
 */
export function nameKeysOf(keys: string[], id?: string): string[] {
  return keys
    .map((k) => k.split(FIELD)[0])
    .filter((k) => !k.startsWith(key.id('')) && !(id !== undefined && inSlugFamily(id, nameKeySlug(k))));
}

/** The node slug (nodeSlug) of the name a name key (`n:…`) normalises; null for other keys. */
export function nameKeySlug(k: string): string | null {
  return k.startsWith(key.name('')) ? k.slice(key.name('').length).replace(/ /g, '-') || 'unnamed' : null;
}

/** Is `id` slug `slug` or one of its numbered forms (`slug-2`), as neo4jCandidates' range finds them? */
function inSlugFamily(id: string, slug: string | null): boolean {
  return slug !== null && id.startsWith(slug) && /^(-[0-9]+)?$/.test(id.slice(slug.length));
}

/** A node's stored properties (entries, name, type, aliases, lookup keys) derived from its encoded entries. */
export function derivedProps(id: string, unsorted: string[]) {
  // In document id order, as the embedded store reads them: the same graph whatever the import order.
  const entries = [...unsorted].sort();
  const d = deriveNode(id, entries.map(decodeEntry));
  const keys = [...d.keys].map(([k, docs]) => `${k}${FIELD}${docs.join(ITEM)}`);
  return { id, entries, name: d.name, type: d.type, aliases: d.aliases, keys, lookup: lookupOf(d.keys.keys()) };
}
