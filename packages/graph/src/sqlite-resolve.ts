// Entity resolution over the SQLite store: the nodes a document's entities may resolve to (from the
// indexed entity_keys table), and the one-time re-resolution of every stored document when a store
// written before node ids lost their type is opened (the schema migration flags it).
import type { TypeVotes } from './derive-node.js';
import type { IdentityNode } from './doctor-report.js';
import type { CandidateLookup, StoredNode } from './resolve-entities.js';
import type { Db } from './sqlite-schema.js';
import { storedDocuments } from './sqlite-doc-rows.js';
import { putDocument } from './sqlite-write.js';
import { statement } from './sqlite-statement.js';

/**
 * The stored nodes holding any of the lookup's keys or an id of its slugs' families (the slug and its
 * numbered forms, one range of the key index each: newId must see them all), each with all its keys.
 * (One statement joining the slugs to their ranges was planned as a scan: twice the import's loading CPU.)
 */
export function sqliteCandidates(db: Db, lookup: CandidateLookup): StoredNode[] {
  const found = new Set(
    statement(db, 'SELECT entity_id FROM entity_keys WHERE key IN (SELECT value FROM json_each(?))', true).all(
      JSON.stringify(lookup.keys),
    ) as string[],
  );
  const family = statement(db, 'SELECT key, entity_id AS id FROM entity_keys WHERE key >= ? AND key < ?');
  for (const slug of lookup.slugs)
    for (const r of family.all(`i:${slug}`, `i:${slug}-:`) as Array<{ key: string; id: string }>) {
      const n = r.key.slice(slug.length + 2);
      if (n === '' || /^-[0-9]+$/.test(n)) found.add(r.id);
    }
  const ids = [...found];
  if (!ids.length) return [];
  const rows = statement(
    db,
    `SELECT k.entity_id AS id, e.name, e.type, k.key, k.docs FROM entity_keys k JOIN entities e ON e.id = k.entity_id
       WHERE k.entity_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as Array<{ id: string; name: string; type: string; key: string; docs: string }>;
  const nodes = new Map<string, StoredNode>();
  for (const r of rows) {
    const n = nodes.get(r.id) ?? { id: r.id, name: r.name, type: r.type, keys: new Map<string, string[]>() };
    n.keys.set(r.key, JSON.parse(r.docs) as string[]);
    nodes.set(r.id, n);
  }
  return [...nodes.values()];
}

/**
 * Every document again, in import order, through resolution (run inside the migration's transaction).
 * Entities and edges are rebuilt from scratch; documents keep their place in the import order.
 */
export function resolveStoredDocuments(db: Db): void {
  const docs = [...storedDocuments(db)];
  for (const t of [
    'entities',
    'entity_keys',
    'edges',
    'analytics',
    'doc_entities',
    'mentions',
    'support',
    'claim_edges',
  ])
    db.prepare(`DELETE FROM ${t}`).run();
  for (const rows of docs) putDocument(db, rows, true);
  db.prepare(`DELETE FROM meta WHERE key = 'resolve'`).run();
}

/** Every node with its type votes, own names, degree and documents (for doctorReport). */
export function sqliteIdentityNodes(db: Db): IdentityNode[] {
  const votes = new Map<string, TypeVotes>();
  const rows = db
    .prepare('SELECT entity_id AS id, type, strong, count(*) AS n FROM doc_entities GROUP BY entity_id, type, strong')
    .all() as Array<{ id: string; type: string; strong: number; n: number }>;
  for (const r of rows) {
    const v = votes.get(r.id) ?? {};
    const t = (v[r.type] ??= { strong: 0, weak: 0 });
    if (r.strong) t.strong += r.n;
    else t.weak += r.n;
    votes.set(r.id, v);
  }
  const names = new Map<string, string[]>();
  for (const r of db.prepare(`SELECT entity_id AS id, key FROM entity_keys WHERE key LIKE 'n:%'`).all() as Array<{
    id: string;
    key: string;
  }>)
    names.set(r.id, [...(names.get(r.id) ?? []), r.key.slice(2)]);
  const nodes = db
    .prepare(
      `SELECT e.id, e.name, e.type, e.aliases,
        (SELECT count(*) FROM edges WHERE source = e.id) + (SELECT count(*) FROM edges WHERE target = e.id) AS degree,
        (SELECT count(*) FROM doc_entities WHERE entity_id = e.id) AS documents
       FROM entities e`,
    )
    .all() as Array<{ id: string; name: string; type: string; aliases: string; degree: number; documents: number }>;
  return nodes.map((n) => ({
    ...n,
    aliases: JSON.parse(n.aliases) as string[],
    votes: votes.get(n.id) ?? {},
    names: names.get(n.id) ?? [],
  }));
}
