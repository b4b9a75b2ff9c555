// Entity resolution over Neo4j: each Entity keeps one entry per document (`entries`, what that document
// said: name, type vote, aliases, how it was resolved) and the derived `name`, `type` (and type label),
// `aliases`, `keys` and `lookup` (the keys as one delimited string under a text index, so a key is found
// by an indexed CONTAINS). Written inside the import's transaction, after the entities are locked.
import { ENTITY_TYPES } from '@kg/extractor/names';
import type { ManagedTransaction } from 'neo4j-driver';
import { voteType } from './derive-node.js';
import { decodeEntry, derivedProps, FIELD, ITEM } from './entity-entries.js';
import type { IdentityNode } from './doctor-report.js';
import { num } from './neo4j-values.js';
import type { StoredNode } from './resolve-entities.js';
import { safeTypeLabel } from './rel-type.js';
import { key } from './node-keys.js';

/**
 * Stored nodes holding any of `keys`, with all their keys. A node's one id key is its own id, so those
 * (more than half of a batch's keys: each new name tries six ids) are seeks on the id constraint, and only
 * the others search the lookup text index — on the Wikinews corpus the text-index searches were over half
 * of a Neo4j load's time.
 */
export async function neo4jCandidates(tx: ManagedTransaction, keys: string[]): Promise<StoredNode[]> {
  const idKey = key.id('');
  const res = await tx.run(
    `CALL {
       UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE e.lookup CONTAINS $item + $idKey + id + $item RETURN e
       UNION
       UNWIND $keys AS k MATCH (e:Entity) WHERE e.lookup CONTAINS k RETURN e
     }
     RETURN DISTINCT e.id AS id, e.name AS name, e.type AS type, coalesce(e.keys, []) AS keys`,
    {
      ids: keys.filter((k) => k.startsWith(idKey)).map((k) => k.slice(idKey.length)),
      keys: keys.filter((k) => !k.startsWith(idKey)).map((k) => `${ITEM}${k}${ITEM}`),
      item: ITEM,
      idKey,
    },
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
