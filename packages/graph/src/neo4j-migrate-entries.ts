// Stores written before graph-level entity resolution: each Entity gets one entry per document that
// mentions it (its stored name, type and aliases, a weak vote) and its lookup keys; then each node this
// run migrated that shares a name with a compatible type (the `<type>:<slug>` ids split them) is merged
// into one node, keeping the first id. Nodes already resolved are never merged with each other here (they
// may be kept apart on purpose, and another process may be writing them). Runs on open, in bounded
// transactions; a store already migrated costs one count.
import type { Driver } from 'neo4j-driver';
import { decodeEntry, encodeEntry } from './entity-entries.js';
import { writeDerived } from './neo4j-identity.js';
import { mergeEntityNeo4j } from './neo4j-aliases.js';
import { compatibleTypes, key } from './node-keys.js';
import { bumpStoreVersion } from './neo4j-store-version.js';

const CHUNK = 2000;

export async function migrateEntityEntries(driver: Driver, database: string): Promise<void> {
  const write = <T>(work: Parameters<ReturnType<Driver['session']>['executeWrite']>[0]) => {
    const session = driver.session({ database, defaultAccessMode: 'WRITE' });
    return session.executeWrite(work).finally(() => session.close()) as Promise<T>;
  };
  const migrated = new Set<string>();
  for (;;) {
    const n = await write<number>(async (tx) => {
      const res = await tx.run(
        `MATCH (e:Entity) WHERE e.entries IS NULL AND e.id IS NOT NULL WITH e LIMIT ${CHUNK}
         OPTIONAL MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS_ENTITY]->(e)
         WITH e, collect(DISTINCT d.id) AS docs
         RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, docs, e.keys AS keys`,
      );
      // A node another transaction deletes under the scan reads as all nulls (read committed): not ours to write.
      const nodes = res.records
        .filter((r) => r.get('id') !== null)
        .map((r) => {
          const docs = r.get('docs') as string[];
          const base = {
            name: r.get('name') as string,
            type: r.get('type') as string,
            aliases: r.get('aliases') as string[],
          };
          const entries = (docs.length ? docs : ['']).map((doc) =>
            encodeEntry({ ...base, doc, strong: false, rule: 'new', because: [] }),
          );
          return { id: r.get('id') as string, entries, keys: r.get('keys') as string[] | null };
        });
      await tx.run('UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e.entries = row.entries', { rows: nodes });
      await writeDerived(tx, nodes);
      for (const node of nodes) migrated.add(node.id);
      if (nodes.length) await bumpStoreVersion(tx);
      return res.records.length;
    });
    if (n < CHUNK) break;
  }
  if (migrated.size) await mergeSameNames(driver, database, write, migrated);
}

/**
 * Each migrated node sharing a name key with a compatible node → that node (an already resolved one first,
 * else the first by id); each merge is direct, never chained, and two resolved nodes are never merged.
 */
async function mergeSameNames(
  driver: Driver,
  database: string,
  write: <T>(work: Parameters<ReturnType<Driver['session']>['executeWrite']>[0]) => Promise<T>,
  migrated: ReadonlySet<string>,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  let rows: Array<{ id: string; name: string; type: string; entries: string[] }>;
  try {
    const res = await session.run(
      'MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.entries AS entries ORDER BY id',
    );
    rows = res.records
      .filter((r) => r.get('id') !== null)
      .map((r) => ({
        id: r.get('id'),
        name: r.get('name'),
        type: r.get('type'),
        entries: r.get('entries') ?? [],
      }));
  } finally {
    await session.close();
  }
  const byName = new Map<string, typeof rows>();
  for (const r of rows) {
    const names = new Set(r.entries.map((e) => key.name(decodeEntry(e).name)));
    for (const k of names) byName.set(k, [...(byName.get(k) ?? []), r]);
  }
  const gone = new Set<string>();
  const targets = new Set<string>();
  const merges: Array<[string, string]> = [];
  for (const group of byName.values()) {
    if (!group.some((r) => migrated.has(r.id))) continue;
    // Resolved nodes first, each part in id order: a migrated node joins the store's node for its name.
    const order = [...group.filter((r) => !migrated.has(r.id)), ...group.filter((r) => migrated.has(r.id))];
    for (const from of group) {
      if (!migrated.has(from.id) || gone.has(from.id) || targets.has(from.id)) continue;
      const into = order.find(
        (r) => r !== from && !gone.has(r.id) && compatibleTypes(from.type, r.type, from.name, r.name),
      );
      // Only an earlier node (or a resolved one) absorbs: the first migrated node of a name stays.
      if (!into || (migrated.has(into.id) && order.indexOf(into) > order.indexOf(from))) continue;
      gone.add(from.id);
      targets.add(into.id);
      merges.push([from.id, into.id]);
    }
  }
  for (let i = 0; i < merges.length; i += 200) {
    await write(async (tx) => {
      for (const [from, into] of merges.slice(i, i + 200)) await mergeEntityNeo4j(tx, from, into);
      await bumpStoreVersion(tx);
    });
  }
}
