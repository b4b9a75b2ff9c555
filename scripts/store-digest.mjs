// What a store holds after an import, as counts and one content hash, so a change to the loading code can
// be checked to leave the stored graph exactly as it was (bench:import prints both for each store).
// Embedded: every row of every table but the import runs and the version counter; Neo4j: every node and
// relationship with its labels/type and properties, relationships named by their ends' keys. The import
// time (imported_at / importedAt) and the ImportRun records differ between runs and are left out, and so is
// the content version (the embedded store's meta table, Neo4j's StoreVersion node): it counts write
// transactions, so it follows the batch size, not what the store holds.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const Database = createRequire(path.join(root, 'packages/graph/package.json'))('better-sqlite3');

const VOLATILE = new Set(['imported_at', 'importedAt']);
const SKIPPED_TABLES = new Set(['import_runs', 'meta', 'sqlite_sequence']);

/** Sorted JSON lines → sha256 (hex, first 16). */
function hashLines(lines) {
  const h = createHash('sha256');
  for (const line of lines.sort()) h.update(line).update('\n');
  return h.digest('hex').slice(0, 16);
}

const stable = (o) =>
  JSON.stringify(
    Object.keys(o)
      .filter((k) => !VOLATILE.has(k))
      .sort()
      .map((k) => [k, o[k]]),
  );

/** { entities, relations, claims, hash } of the embedded store at `file` (graph.db). */
export function sqliteDigest(file) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all()
      .filter((t) => !SKIPPED_TABLES.has(t));
    const lines = [];
    for (const t of tables) for (const row of db.prepare(`SELECT * FROM ${t}`).all()) lines.push(`${t} ${stable(row)}`);
    const count = (t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get();
    return { entities: count('entities'), relations: count('edges'), claims: count('claims'), hash: hashLines(lines) };
  } finally {
    db.close();
  }
}

/** Neo4j values (Integers, lists, maps) as plain JSON. */
function plain(v) {
  if (v === null || typeof v !== 'object') return v;
  if (typeof v.toNumber === 'function' && 'low' in v) return v.toString();
  if (Array.isArray(v)) return v.map(plain);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
}

/** { entities, relations, claims, hash } of the Neo4j database `database` (default neo4j). */
export async function neo4jDigest(driver, database = 'neo4j') {
  const q = async (cypher) => (await driver.executeQuery(cypher, {}, { database })).records;
  // A node's name in its relationships: its key property, else (Denial nodes) all its properties.
  const nameOf = `CASE WHEN n.id IS NOT NULL THEN n.id WHEN n.key IS NOT NULL THEN n.key ELSE properties(n) END`;
  const lines = [];
  for (const r of await q(
    `MATCH (n) WHERE NOT n:ImportRun AND NOT n:StoreVersion RETURN labels(n) AS l, properties(n) AS p`,
  ))
    lines.push(`node ${JSON.stringify([...r.get('l')].sort())} ${stable(plain(r.get('p')))}`);
  for (const r of await q(
    `MATCH (a)-[x]->(b) WHERE NOT a:ImportRun AND NOT b:ImportRun
     WITH a, x, b, [n IN [a, b] | ${nameOf}] AS ends
     RETURN type(x) AS t, labels(a) AS la, labels(b) AS lb, ends, properties(x) AS p`,
  ))
    lines.push(
      `rel ${r.get('t')} ${JSON.stringify([[...r.get('la')].sort(), [...r.get('lb')].sort(), plain(r.get('ends'))])} ${stable(plain(r.get('p')))}`,
    );
  const count = async (cypher) => Number((await q(cypher))[0].get(0));
  return {
    entities: await count('MATCH (e:Entity) RETURN count(e)'),
    relations: await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r)'),
    claims: await count('MATCH (c:Claim) RETURN count(c)'),
    hash: hashLines(lines),
  };
}

export const formatDigest = (d) =>
  `${d.entities} entities, ${d.relations} relations, ${d.claims} claims, content ${d.hash}`;
