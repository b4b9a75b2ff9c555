// The embedded store's SQLite schema and its migrations. The schema version lives in the database
// (PRAGMA user_version); opening a database runs the migrations it lacks, in one transaction each, and
// refuses a database written by a newer version. Entities and edges (with their aggregates: mention
// counts; weight, phrases, evidence and dates) are maintained from the per-document rows (doc_entities,
// mentions, support), so removing a document removes exactly its evidence, and a snapshot reads one row
// per entity and per edge.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StoreFormatError, StoreLockedError } from './errors.js';
import { resolveStoredDocuments } from './sqlite-resolve.js';
import { refreshEdges } from './sqlite-edges.js';
import { rebuildClaimEdges } from './sqlite-claim-edges.js';
import { rebuildSearchTerms } from './sqlite-search.js';
import { refreshEntities } from './sqlite-entities.js';
import { statement } from './sqlite-statement.js';

export type Db = Database.Database;

/** Each entry takes the database from version i to i + 1. */
const MIGRATIONS: string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  INSERT INTO meta (key, value) VALUES ('version', '0');
  CREATE TABLE documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, title TEXT, source TEXT, date TEXT,
    hash TEXT NOT NULL, imported_at TEXT NOT NULL, seen TEXT NOT NULL, sentences INTEGER NOT NULL);
  CREATE TABLE sentences (
    id TEXT PRIMARY KEY, doc_seq INTEGER NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL);
  CREATE INDEX sentences_doc ON sentences (doc_seq);
  CREATE TABLE doc_entities (
    entity_id TEXT NOT NULL, doc_seq INTEGER NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
    aliases TEXT NOT NULL,
    PRIMARY KEY (entity_id, doc_seq)) WITHOUT ROWID;
  CREATE INDEX doc_entities_doc ON doc_entities (doc_seq);
  CREATE TABLE entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL,
    mentions INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
  CREATE TABLE mentions (
    entity_id TEXT NOT NULL, doc_seq INTEGER NOT NULL, sentence_id TEXT NOT NULL, ord INTEGER NOT NULL,
    PRIMARY KEY (entity_id, doc_seq, sentence_id)) WITHOUT ROWID;
  CREATE INDEX mentions_doc ON mentions (doc_seq);
  CREATE TABLE edges (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL,
    weight INTEGER NOT NULL DEFAULT 0, phrases TEXT NOT NULL DEFAULT '[]', evidence TEXT NOT NULL DEFAULT '[]',
    first_seen TEXT, last_seen TEXT) WITHOUT ROWID;
  CREATE INDEX edges_source ON edges (source);
  CREATE INDEX edges_target ON edges (target);
  CREATE TABLE support (
    edge_id TEXT NOT NULL, sentence_id TEXT NOT NULL, doc_seq INTEGER NOT NULL, ord INTEGER NOT NULL, phrase TEXT NOT NULL,
    subject_start INTEGER, subject_end INTEGER, object_start INTEGER, object_end INTEGER,
    PRIMARY KEY (edge_id, sentence_id)) WITHOUT ROWID;
  CREATE INDEX support_doc ON support (doc_seq);
  CREATE TABLE analytics (
    entity_id TEXT PRIMARY KEY, degree REAL, pagerank REAL, community INTEGER, component INTEGER, x REAL, y REAL)
    WITHOUT ROWID;`,
  // Graph-level entity resolution: per-document type votes and how each entity found its node, lookup
  // keys; every stored document is then resolved again (ids no longer carry a type), see
  // resolveStoredDocuments.
  `ALTER TABLE doc_entities ADD COLUMN strong INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE doc_entities ADD COLUMN rule TEXT NOT NULL DEFAULT 'new';
  ALTER TABLE doc_entities ADD COLUMN because TEXT NOT NULL DEFAULT '[]';
  CREATE TABLE entity_keys (
    key TEXT NOT NULL, entity_id TEXT NOT NULL, docs TEXT NOT NULL, PRIMARY KEY (key, entity_id)) WITHOUT ROWID;
  CREATE INDEX entity_keys_entity ON entity_keys (entity_id);
  INSERT OR REPLACE INTO meta (key, value) VALUES ('resolve', 'pending');`,
  // 2 → 3: reported speech. A claim belongs to one document (removed with it); claim_about lists the
  // entities it is about, so "what was said about X" is an index seek.
  `CREATE TABLE claims (
    id TEXT PRIMARY KEY, doc_seq INTEGER NOT NULL, ord INTEGER NOT NULL, speaker TEXT NOT NULL, verb TEXT NOT NULL,
    sentence_id TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, quote INTEGER NOT NULL)
    WITHOUT ROWID;
  CREATE INDEX claims_doc ON claims (doc_seq);
  CREATE INDEX claims_speaker ON claims (speaker);
  CREATE TABLE claim_about (
    claim_id TEXT NOT NULL, entity_id TEXT NOT NULL, doc_seq INTEGER NOT NULL,
    PRIMARY KEY (claim_id, entity_id)) WITHOUT ROWID;
  CREATE INDEX claim_about_entity ON claim_about (entity_id);
  CREATE INDEX claim_about_doc ON claim_about (doc_seq);`,
  // 3 → 4: who published each document (one row per outlet: its domain, else its lower-cased name).
  `CREATE TABLE outlets (id TEXT PRIMARY KEY, name TEXT NOT NULL, domain TEXT) WITHOUT ROWID;
  ALTER TABLE documents ADD COLUMN outlet_id TEXT REFERENCES outlets (id);
  CREATE INDEX documents_outlet ON documents (outlet_id);`,
  // 4 → 5: news-native facts. Edges keep how many documents and which outlets support them and whether
  // they are disputed (derived from support and denials, re-derived for every edge on open, see
  // refreshAllEdges); denials are negated relations, kept apart from the evidence; each recorded import is
  // an import_runs row.
  `ALTER TABLE edges ADD COLUMN support INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE edges ADD COLUMN outlets TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE edges ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE denials (
    edge_id TEXT NOT NULL, sentence_id TEXT NOT NULL, doc_seq INTEGER NOT NULL, ord INTEGER NOT NULL,
    source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL, phrase TEXT NOT NULL, by TEXT,
    PRIMARY KEY (edge_id, sentence_id)) WITHOUT ROWID;
  CREATE INDEX denials_doc ON denials (doc_seq);
  CREATE TABLE import_runs (id TEXT PRIMARY KEY, at TEXT NOT NULL, source TEXT NOT NULL, counts TEXT NOT NULL)
    WITHOUT ROWID;
  INSERT OR REPLACE INTO meta (key, value) VALUES ('refresh-edges', 'pending');`,
  // 5 → 6: the claims' derived CLAIMED_ABOUT edges stored (one row per speaker and entity), kept up to
  // date by each document write (sqlite-claim-edges.ts) and built from the claims on open.
  `CREATE TABLE claim_edges (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, weight INTEGER NOT NULL, phrases TEXT NOT NULL,
    evidence TEXT NOT NULL, first_seen TEXT, last_seen TEXT, support INTEGER NOT NULL, outlets TEXT NOT NULL)
    WITHOUT ROWID;
  INSERT OR REPLACE INTO meta (key, value) VALUES ('refresh-claim-edges', 'pending');`,
  // 6 → 7: the search index (sqlite-search.ts), kept by each entity's refresh and built on open.
  `CREATE TABLE search_terms (term TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (term, entity_id)) WITHOUT ROWID;
  CREATE INDEX search_terms_entity ON search_terms (entity_id);
  INSERT OR REPLACE INTO meta (key, value) VALUES ('refresh-search-terms', 'pending');`,
  // 7 → 8: the time a clause names ("on Monday", resolved against the article's date), on each piece of
  // evidence and each claim; null where none was read (and in rows written before).
  `ALTER TABLE support ADD COLUMN time_text TEXT;
  ALTER TABLE support ADD COLUMN time_value TEXT;
  ALTER TABLE claims ADD COLUMN time_text TEXT;
  ALTER TABLE claims ADD COLUMN time_value TEXT;`,
  // 8 → 9: an entity's claims by document from the index alone (a hub's details group thousands of claims by
  // document to cut a page; reading each claim row for its document was most of the time).
  `DROP INDEX IF EXISTS claims_speaker;
  CREATE INDEX IF NOT EXISTS claims_speaker_doc ON claims (speaker, doc_seq);
  DROP INDEX IF EXISTS claim_about_entity;
  CREATE INDEX IF NOT EXISTS claim_about_entity_doc ON claim_about (entity_id, doc_seq);`,
  // 9 → 10: each node's results within its connected component (component-metrics.ts), so the analysis after
  // an import recomputes only the components it changed. The table is copied (positions kept) rather than
  // altered, so running this again on a newer table is harmless.
  `CREATE TABLE analytics_10 (
    entity_id TEXT PRIMARY KEY, degree REAL, pagerank REAL, community INTEGER, component INTEGER, x REAL, y REAL,
    part TEXT, rank REAL, local INTEGER) WITHOUT ROWID;
  INSERT INTO analytics_10 (entity_id, degree, pagerank, community, component, x, y)
    SELECT entity_id, degree, pagerank, community, component, x, y FROM analytics;
  DROP TABLE analytics;
  ALTER TABLE analytics_10 RENAME TO analytics;`,
  // 10 → 11: a body's name key with its country spelled out and first ("US Senate" → "united states senate",
  // node-keys.ts nameKeyForms): every entity's keys are derived again from its entries on open.
  `INSERT OR REPLACE INTO meta (key, value) VALUES ('refresh-keys', 'pending');`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Opens (creating when missing) the database at `file` in WAL mode, migrated to SCHEMA_VERSION. */
export function openDatabase(file: string, busyTimeoutMs: number): Db {
  let db: Db | undefined;
  try {
    db = new Database(file, { timeout: busyTimeoutMs });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // An import's documents are savepoints of one transaction (embedded-store.ts): their journals (and any
    // sort's temporary storage) stay in memory instead of being written to temporary files, which was a third
    // of refreshing a document's entities (profiled on the Wikinews corpus).
    db.pragma('temp_store = MEMORY');
    migrate(db, file);
    if (db.prepare(`SELECT 1 FROM meta WHERE key = 'resolve'`).get()) {
      const d = db;
      d.transaction(() => resolveStoredDocuments(d)).immediate();
    }
    if (db.prepare(`SELECT 1 FROM meta WHERE key = 'refresh-edges'`).get()) {
      const d = db;
      d.transaction(() => {
        refreshEdges(d, d.prepare('SELECT id FROM edges').pluck().all() as string[]);
        d.prepare(`DELETE FROM meta WHERE key = 'refresh-edges'`).run();
      }).immediate();
    }
    for (const [key, rebuild] of [
      ['refresh-keys', (d: Db) => refreshEntities(d, d.prepare('SELECT id FROM entities').pluck().all() as string[])],
      ['refresh-claim-edges', rebuildClaimEdges],
      ['refresh-search-terms', rebuildSearchTerms],
    ] as const)
      if (db.prepare(`SELECT 1 FROM meta WHERE key = ?`).get(key)) {
        const d = db;
        d.transaction(() => {
          rebuild(d);
          d.prepare(`DELETE FROM meta WHERE key = ?`).run(key);
        }).immediate();
      }
    return db;
  } catch (err) {
    if (db?.open) db.close();
    if (err instanceof StoreFormatError) throw err;
    if ((err as { code?: string }).code === 'SQLITE_BUSY')
      throw new StoreLockedError(
        `openEmbeddedStore: expected to open ${file} within ${busyTimeoutMs} ms; another process holds its write lock`,
      );
    throw new StoreFormatError(
      `openEmbeddedStore: expected ${file} to be a SQLite database (${(err as Error).message})`,
    );
  }
}

/**
 * Whether opening `file` resolves its stored documents again (a store from before graph-level resolution,
 * or one whose pass was cut short), which asks the lexicon (loadLexicon) of every name.
 */
export function resolvesOnOpen(file: string): boolean {
  if (!existsSync(file)) return false;
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    return version === 1 || (version > 1 && db.prepare(`SELECT 1 FROM meta WHERE key = 'resolve'`).get() !== undefined);
  } catch {
    return false; // not a store: openDatabase says so
  } finally {
    db?.close();
  }
}

function migrate(db: Db, file: string): void {
  const at = () => db.pragma('user_version', { simple: true }) as number;
  if (at() > SCHEMA_VERSION)
    throw new StoreFormatError(
      `openEmbeddedStore: expected ${file} at schema version ${SCHEMA_VERSION} or older, found ${at()} (written by a newer kg)`,
    );
  while (at() < SCHEMA_VERSION) {
    // IMMEDIATE: two processes opening a new store at once migrate one after the other.
    db.transaction(() => {
      const v = at();
      if (v >= SCHEMA_VERSION) return;
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}

/** The content version: bumped by every write transaction, so caches of derived views key on it. */
export function contentVersion(db: Db): string {
  return (db.prepare(`SELECT value FROM meta WHERE key = 'version'`).get() as { value: string }).value;
}

export function bumpVersion(db: Db): void {
  statement(db, `UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'`).run();
}
