// Entity resolution over Neo4j: each Entity keeps one entry per document (`entries`, what that document
// said: name, type vote, aliases, how it was resolved) and the derived `name`, `type` (and type label),
// `aliases`, `keys` and `lookup` (the keys as one delimited string under a text index, so a key is found
// by an indexed CONTAINS). Written inside the import's transaction, after the entities are locked.
import { ENTITY_TYPES } from '@kg/extractor';
import type { ManagedTransaction } from 'neo4j-driver';
import { deriveNode, voteType, type NodeEntry } from './derive-node.js';
import type { IdentityNode } from './doctor-report.js';
import { num } from './neo4j-values.js';
import type { StoredNode } from './resolve-entities.js';
import { safeTypeLabel } from './rel-type.js';

const FIELD = '\u001f';
const ITEM = '\u001e';

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

const lookupOf = (keys: Iterable<string>) => `${ITEM}${[...keys].join(ITEM)}${ITEM}`;

/** Stored nodes holding any of `keys`, with all their keys. */
export async function neo4jCandidates(tx: ManagedTransaction, keys: string[]): Promise<StoredNode[]> {
  const res = await tx.run(
    `UNWIND $keys AS k MATCH (e:Entity) WHERE e.lookup CONTAINS k
     RETURN DISTINCT e.id AS id, e.name AS name, e.type AS type, coalesce(e.keys, []) AS keys`,
    { keys: keys.map((k) => `${ITEM}${k}${ITEM}`) },
  );
  return res.records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    type: r.get('type') as string,
    keys: new Map(
      (r.get('keys') as string[]).map((k) => {
        const [key, docs] = k.split(FIELD);
        return [key, docs ? docs.split(ITEM) : []] as [string, string[]];
      }),
    ),
  }));
}

const TYPE_LABELS = ENTITY_TYPES.map(safeTypeLabel).filter((l): l is string => l !== null);

/** A node's stored properties (entries, name, type, aliases, lookup keys) derived from its encoded entries. */
export function derivedProps(id: string, unsorted: string[]) {
  // In document id order, as the embedded store reads them: the same graph whatever the import order.
  const entries = [...unsorted].sort();
  const d = deriveNode(id, entries.map(decodeEntry));
  const keys = [...d.keys].map(([k, docs]) => `${k}${FIELD}${docs.join(ITEM)}`);
  return { id, entries, name: d.name, type: d.type, aliases: d.aliases, keys, lookup: lookupOf(d.keys.keys()) };
}

/** Sets each node's derived properties and type label from its entries (ids with no entries are left alone). */
export async function writeDerived(
  tx: ManagedTransaction,
  nodes: Array<{ id: string; entries: string[] }>,
): Promise<void> {
  const byLabel = new Map<string, unknown[]>();
  for (const { id, entries } of nodes) {
    if (!entries.length) continue;
    const row = derivedProps(id, entries);
    const label = safeTypeLabel(row.type) ?? '';
    byLabel.set(label, [...(byLabel.get(label) ?? []), row]);
  }
  for (const [label, rows] of byLabel) {
    await tx.run(
      `UNWIND $rows AS row MATCH (e:Entity {id: row.id})
       REMOVE e:${TYPE_LABELS.join(':')}
       SET ${label ? `e:${label}, ` : ''}e.entries = row.entries, e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.keys = row.keys, e.lookup = row.lookup`,
      { rows },
    );
  }
}

/** Re-derives the given nodes from their stored entries. */
export async function refreshNodes(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const res = await tx.run(
    'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, coalesce(e.entries, []) AS entries',
    { ids },
  );
  await writeDerived(
    tx,
    res.records.map((r) => ({ id: r.get('id') as string, entries: r.get('entries') as string[] })),
  );
}

/** Every node with its type votes, own names, degree and documents (for doctorReport). */
export async function neo4jIdentityNodes(tx: ManagedTransaction): Promise<IdentityNode[]> {
  const res = await tx.run(
    `MATCH (e:Entity)
     RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
       coalesce(e.entries, []) AS entries, [k IN coalesce(e.keys, []) WHERE k STARTS WITH 'n:'] AS names,
       COUNT { (e)--(:Entity) } AS degree`,
  );
  return res.records.map((r) => {
    const entries = (r.get('entries') as string[]).map(decodeEntry);
    return {
      id: r.get('id') as string,
      name: r.get('name') as string,
      type: r.get('type') as string,
      aliases: r.get('aliases') as string[],
      votes: voteType(entries).votes,
      names: (r.get('names') as string[]).map((k) => k.split(FIELD)[0].slice(2)),
      degree: num(r.get('degree')),
      documents: new Set(entries.map((e) => e.doc)).size,
    };
  });
}
