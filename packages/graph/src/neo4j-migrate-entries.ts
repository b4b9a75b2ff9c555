// Stores written before graph-level entity resolution: each Entity gets one entry per document that
// mentions it (its stored name, type and aliases, a weak vote) and its lookup keys; then nodes that now
// share a name with a compatible type (the `<type>:<slug>` ids split them) are merged into one, keeping
// the first id. Runs on open, in bounded transactions; a store already migrated costs one count.
import type { Driver } from 'neo4j-driver';
import { decodeEntry, encodeEntry, writeDerived } from './neo4j-identity.js';
import { mergeEntityNeo4j } from './neo4j-aliases.js';
import { compatibleTypes, key } from './node-keys.js';

const CHUNK = 2000;

export async function migrateEntityEntries(driver: Driver, database: string): Promise<void> {
  const write = <T>(work: Parameters<ReturnType<Driver['session']>['executeWrite']>[0]) => {
    const session = driver.session({ database, defaultAccessMode: 'WRITE' });
    return session.executeWrite(work).finally(() => session.close()) as Promise<T>;
  };
  let migrated = 0;
  for (;;) {
    const n = await write<number>(async (tx) => {
      const res = await tx.run(
        `MATCH (e:Entity) WHERE e.entries IS NULL WITH e LIMIT ${CHUNK}
         OPTIONAL MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS_ENTITY]->(e)
         WITH e, collect(DISTINCT d.id) AS docs
         RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, docs`,
      );
      const nodes = res.records.map((r) => {
        const docs = r.get('docs') as string[];
        const base = {
          name: r.get('name') as string,
          type: r.get('type') as string,
          aliases: r.get('aliases') as string[],
        };
        const entries = (docs.length ? docs : ['']).map((doc) =>
          encodeEntry({ ...base, doc, strong: false, rule: 'new', because: [] }),
        );
        return { id: r.get('id') as string, entries };
      });
      await tx.run('UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e.entries = row.entries', { rows: nodes });
      await writeDerived(tx, nodes);
      return nodes.length;
    });
    migrated += n;
    if (n < CHUNK) break;
  }
  if (migrated) await mergeSameNames(driver, database, write);
}

/** Nodes sharing a name key with compatible types → the first (by id); each merge is direct, never chained. */
async function mergeSameNames(
  driver: Driver,
  database: string,
  write: <T>(work: Parameters<ReturnType<Driver['session']>['executeWrite']>[0]) => Promise<T>,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  let rows: Array<{ id: string; name: string; type: string; entries: string[] }>;
  try {
    const res = await session.run(
      'MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.entries AS entries ORDER BY id',
    );
    rows = res.records.map((r) => ({
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
  const merges: Array<[string, string]> = [];
  for (const group of byName.values()) {
    const into = group.find((r) => !gone.has(r.id));
    if (!into) continue;
    for (const from of group) {
      if (from === into || gone.has(from.id) || !compatibleTypes(from.type, into.type, from.name, into.name)) continue;
      if (merges.some(([, i]) => i === from.id)) continue; // already a target: no chains
      gone.add(from.id);
      merges.push([from.id, into.id]);
    }
  }
  for (let i = 0; i < merges.length; i += 200) {
    await write(async (tx) => {
      for (const [from, into] of merges.slice(i, i + 200)) await mergeEntityNeo4j(tx, from, into);
    });
  }
}
