// The embedded store's import runs (one import_runs row per recorded import) and its outlets list.
import { runCounts } from './import-run.js';
import type { Db } from './sqlite-schema.js';
import type { ImportRun, ImportSummary, OutletSummary } from './types.js';

export function putImportRun(db: Db, run: ImportRun): void {
  db.prepare('INSERT INTO import_runs (id, at, source, counts) VALUES (?, ?, ?, ?)').run(
    run.id,
    run.at,
    run.source,
    JSON.stringify(run.counts),
  );
}

/** Runs, newest first (ids sort by time). */
export function sqliteImportRuns(db: Db, limit = 1000): ImportRun[] {
  const rows = db
    .prepare('SELECT id, at, source, counts FROM import_runs ORDER BY id DESC LIMIT ?')
    .all(limit) as Array<Omit<ImportRun, 'counts'> & { counts: string }>;
  return rows.map((r) => ({ ...r, counts: runCounts(JSON.parse(r.counts) as Partial<ImportSummary>) }));
}

export function sqliteOutlets(db: Db): OutletSummary[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.name, o.domain, (SELECT count(*) FROM documents d WHERE d.outlet_id = o.id) AS documents
       FROM outlets o ORDER BY o.name, o.id`,
    )
    .all() as Array<{ id: string; name: string; domain: string | null; documents: number }>;
  return rows.map(({ domain, ...o }) => (domain === null ? o : { ...o, domain }));
}
