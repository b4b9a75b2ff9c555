// The embedded store's analytics storage for SnapshotCache: one row per entity in the analytics table,
// labelled (in meta) with the content version and settings they were computed for, so the next process
// opening an unchanged store skips PageRank, Louvain and the layout, and a changed one starts its
// layout from the stored positions and reuses the stored results of the components it did not change.
import type { AnalyzeSettings } from './analyze.js';
import type { AnalyticsStorage, AnalyticsValues, StoredAnalytics } from './snapshot-cache.js';
import type { Db } from './sqlite-schema.js';

function read(db: Db): StoredAnalytics | null {
  const meta = (key: string) =>
    db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
  const key = meta('analytics_key');
  const settings = meta('analytics_settings');
  if (key === undefined || settings === undefined) return null;
  const nodes = new Map<string, AnalyticsValues>();
  for (const r of db
    .prepare('SELECT entity_id, degree, pagerank, community, component, x, y, part, rank, local FROM analytics')
    .raw()
    .iterate() as Iterable<[string, ...AnalyticsValues]>)
    nodes.set(r[0], r.slice(1) as AnalyticsValues);
  return { key, settings: JSON.parse(settings) as AnalyzeSettings, nodes };
}

function write(db: Db, a: StoredAnalytics): void {
  db.exec('DELETE FROM analytics');
  const put = db.prepare(
    `INSERT INTO analytics (entity_id, degree, pagerank, community, component, x, y, part, rank, local)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [id, v] of a.nodes) put.run(id, ...v);
  const set = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  set.run('analytics_key', a.key);
  set.run('analytics_settings', JSON.stringify(a.settings));
}

/** `dbOf` gives the store's current database (it opens lazily). */
export function sqliteAnalytics(dbOf: () => Db): AnalyticsStorage {
  return {
    read: () => dbOf().transaction(read)(dbOf()),
    write: (a) => dbOf().transaction(write).immediate(dbOf(), a),
  };
}
