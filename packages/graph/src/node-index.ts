// The nodes a batch of documents resolves against (resolve-entities.ts): those the store holds, and what
// each document of the batch adds to them before the next one is resolved. A store that gives a node's
// entries has it derived again after each document exactly as the store will derive it once written, so a
// batch resolves as its documents would one at a time: the same graph whatever `kg import --batch` is.
import { deriveNode, entryKeys, KEY_DOCS, type NodeEntry } from './derive-node.js';
import type { EntityRow } from './doc-rows.js';
import { FIELD, ITEM } from './entity-entries.js';

/** A stored node as resolution sees it: its id, its current type and its lookup keys (→ supporting docs). */
export interface StoredNode {
  id: string;
  name: string;
  type: string;
  keys: Map<string, string[]>;
  /**
   * What its documents said of it (countEntries), when the store gives them (Neo4j, whose batches resolve
   * many documents against one index): each document's entities then re-derive their node.
   */
  entries?: NodeEntry[];
}

const byDoc = (a: NodeEntry, b: NodeEntry) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0);
const said = (e: NodeEntry) => [e.name, e.type, e.strong ? '1' : '0', e.aliases.join(ITEM), e.rule].join(FIELD);

/**
 * `counted` with `added` in it, as deriveNode's counted entries: one per distinct statement (name, type,
 * strength, aliases, rule) with how many documents made it and the first KEY_DOCS of them, in order of
 * their first document. deriveNode gives the same node from these as from one entry per document (the
 * embedded store derives every node so), and re-deriving a hub named by hundreds of documents after each
 * document of a batch costs its few statements, not its hundreds of entries.
 */
export function countEntries(counted: NodeEntry[], added: NodeEntry[]): NodeEntry[] {
  const groups = new Map(counted.map((g) => [said(g), g]));
  for (const e of added) {
    const k = said(e);
    const g = groups.get(k);
    const docs = [...new Set([...(g?.docs ?? []), ...(e.docs ?? [e.doc])])].sort().slice(0, KEY_DOCS);
    const count = (g?.count ?? 0) + (e.count ?? 1);
    groups.set(k, { ...(g ?? e), doc: g && g.doc < e.doc ? g.doc : e.doc, because: [], count, docs });
  }
  return [...groups.values()].sort(byDoc);
}

export class NodeIndex {
  private readonly nodes = new Map<string, StoredNode>();
  private readonly byKey = new Map<string, Set<string>>();
  constructor(nodes: Iterable<StoredNode> = []) {
    for (const n of nodes) this.put(n);
  }
  put(node: StoredNode): void {
    const old = this.nodes.get(node.id);
    if (old) for (const k of old.keys.keys()) this.byKey.get(k)?.delete(node.id);
    this.nodes.set(node.id, node);
    for (const k of node.keys.keys()) {
      const ids = this.byKey.get(k) ?? new Set<string>();
      ids.add(node.id);
      this.byKey.set(k, ids);
    }
  }
  get(id: string): StoredNode | undefined {
    return this.nodes.get(id);
  }
  find(k: string): StoredNode[] {
    return [...(this.byKey.get(k) ?? [])].sort().map((id) => this.nodes.get(id)!);
  }

  /** Adds a document's resolved entities (node ids) to their nodes, as the store will once it writes them. */
  addDocument(doc: string, entities: EntityRow[]): void {
    for (const e of entities) {
      const entry: NodeEntry = {
        doc,
        name: e.name,
        type: e.type,
        strong: e.strong,
        aliases: e.aliases,
        rule: e.rule ?? 'new',
        because: e.because ?? [],
      };
      const node = this.nodes.get(e.id);
      if (!node || node.entries) {
        // Type votes, name and keys from every entry: a type the batch's earlier document changed is the
        // one a later document meets (a person's surname key appears when a strong title makes it a person).
        const entries = countEntries(node?.entries ?? [], [entry]);
        const d = deriveNode(e.id, entries);
        this.put({ id: e.id, name: d.name, type: d.type, keys: d.keys, entries });
        continue;
      }
      // Entries unknown (the embedded store resolves one document at a time): the keys gain this document,
      // the first KEY_DOCS by id as deriveNode keeps them, so the explanation does not follow batch order.
      const keys = new Map(node.keys);
      for (const k of entryKeys(entry, node.type))
        keys.set(k, [...new Set([...(keys.get(k) ?? []), doc])].sort().slice(0, KEY_DOCS));
      this.put({ ...node, keys });
    }
  }
}
