// The embedded default store: the graph in one SQLite database under `.kg/` (graph.db, WAL mode), one
// transaction per document, SQLite's locking between processes (readers such as `kg serve` keep reading
// while an import writes). Reads are indexed queries; snapshots reuse analytics stored for the same
// content version (SnapshotCache). An old store (graph.json) is migrated on first open and kept as
// graph.json.bak.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { AliasRules, ExtractionResult } from '@kg/extractor';
import { aliasMerges } from './alias-merges.js';
import { loadLexicon } from './load-lexicon.js';
import { selectSnapshot } from './build-snapshot.js';
import { toDocRows, type DocRows } from './doc-rows.js';
import { QueryUnsupportedError, StoreLockedError } from './errors.js';
import { readJsonGraphFile } from './json-graph-file.js';
import { planDiff } from './plan-diff.js';
import { mergeEntityInRows } from './rows-merge.js';
import { importSummary } from './import-summary.js';
import { importRun } from './import-run.js';
import { putImportRun, sqliteImportRuns, sqliteOutlets } from './sqlite-runs.js';
import { SnapshotCache, type AnalyzedGraph } from './snapshot-cache.js';
import { candidateLookup, NodeIndex, resolveDocument, type Veto } from './resolve-entities.js';
import { sqliteAnalytics } from './sqlite-analytics.js';
import { sqliteCandidates, sqliteIdentityNodes } from './sqlite-resolve.js';
import { doctorReport, type DoctorOptions, type DoctorReport } from './doctor-report.js';
import { storedDocuments } from './sqlite-doc-rows.js';
import { resolveEntityPage, type EntityPage } from './entity-page.js';
import {
  sqliteDocumentPage,
  sqliteEdge,
  sqliteEntity,
  sqliteGraph,
  sqliteMentionedIn,
  sqliteStats,
} from './sqlite-read.js';
import { resolveDocumentQuery } from './document-query.js';
import { sqliteSearch } from './sqlite-search.js';
import { bumpVersion, contentVersion, openDatabase, resolvesOnOpen, type Db } from './sqlite-schema.js';
import { deleteDocument, putDocument } from './sqlite-write.js';
import { splitSqlite } from './sqlite-split.js';
import { statement } from './sqlite-statement.js';
import type { SplitResult } from './split-plan.js';
import { CLAIM_EDGE_TYPE } from './claim-edges.js';
import { findPaths } from './find-paths.js';
import { sqliteAllClaims } from './sqlite-claims.js';
import type {
  ClaimView,
  DocumentPage,
  DocumentQuery,
  EdgeDetails,
  EntityDetails,
  GraphPath,
  GraphSnapshot,
  GraphStats,
  GraphStore,
  ImportDiff,
  ImportOptions,
  ImportRun,
  ImportSummary,
  OutletSummary,
  PathOptions,
  QueryResult,
  SearchHit,
  SnapshotOptions,
} from './types.js';

/** How long an import keeps one write transaction open before committing the documents written in it. */
const GROUP_MS = 200;

export interface EmbeddedStoreOptions {
  /** Directory holding graph.db (usually `<project>/.kg`). */
  dir: string;
  /** How long a writer waits for another process's write transaction (default 5000 ms). */
  lockTimeoutMs?: number;
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  readonly capabilities = { cypher: false, storedAnalytics: false };
  readonly file: string;
  private opened: Db | null = null;
  /** Stands in for a store nothing has been written to yet, so reading and dry runs create no file. */
  private empty: Db | null = null;
  private readonly analytics = new SnapshotCache(sqliteAnalytics(() => this.db));

  constructor(readonly options: EmbeddedStoreOptions) {
    this.file = path.join(options.dir, 'graph.db');
    if (existsSync(this.file)) this.open();
  }

  private open(): Db {
    if (!this.opened) {
      mkdirSync(this.options.dir, { recursive: true });
      this.opened = openDatabase(this.file, this.options.lockTimeoutMs ?? 5000);
      this.empty?.close();
      this.empty = null;
    }
    return this.opened;
  }

  /** The database to read: the store's once it exists, else an empty one in memory. */
  private get db(): Db {
    if (this.opened || existsSync(this.file)) return this.open();
    return (this.empty ??= openDatabase(':memory:', 0));
  }

  /** When the write transaction an import holds open across documents began (null: none open). */
  private groupSince: number | null = null;

  /**
   * Runs `change` in one write transaction, bumping the content version when it reports a change; another
   * process's write past the timeout is a StoreLockedError. `grouped` (an import's documents): the change
   * is a savepoint of a transaction kept open across calls and committed once it has been open GROUP_MS
   * (or by endGroup), each document still all or nothing: a commit per document (writing its pages to the
   * WAL again) was a quarter of an embedded import's loading CPU, and the lock is never held much longer.
   */
  private write<T>(change: () => { result: T; changed: boolean }, grouped = false): T {
    try {
      const db = this.open();
      if (grouped && this.groupSince === null) {
        statement(db, 'BEGIN IMMEDIATE').run();
        this.groupSince = performance.now();
      }
      const result = db
        .transaction(() => {
          const { result, changed } = change();
          if (changed) bumpVersion(db);
          return result;
        })
        .immediate();
      if (grouped && performance.now() - this.groupSince! >= GROUP_MS) this.endGroup();
      return result;
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_BUSY')
        throw new StoreLockedError(
          `importDocuments: expected to take the write lock of ${this.file} within ${this.options.lockTimeoutMs ?? 5000} ms; another process is writing`,
        );
      throw err;
    }
  }

  /** Commits the documents of the open grouped transaction (what a failed one left out was rolled back). */
  private endGroup(): void {
    if (this.groupSince === null) return;
    this.groupSince = null;
    if (this.opened?.inTransaction) statement(this.opened, 'COMMIT').run();
  }

  async importDocuments(results: ExtractionResult[], options: ImportOptions = {}): Promise<ImportSummary> {
    const rows = results.map((r) => toDocRows(r, options.importedAt));
    return this.importRows(rows, options);
  }

  /** Loads already-normalised rows (migrations, tests), each document atomic (grouped commits, see write). */
  async importRows(rows: DocRows[], options: ImportOptions = {}): Promise<ImportSummary> {
    await loadLexicon();
    const db = this.open();
    const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    const totals = () => ({ entities: count('entities'), relations: count('edges'), claims: count('claims') });
    const before = totals();
    const counts = { documents: rows.length, unchanged: 0, sentences: 0, corroborated: 0, disputed: 0, replaced: 0 };
    const hashOf = statement(db, 'SELECT hash FROM documents WHERE id = ?', true);
    try {
      for (const [i, r] of rows.entries()) {
        // Between documents the event loop runs, so worker threads extracting the next batch are answered
        // (given their next text) while this batch loads, not only after it.
        if (i > 0) await new Promise((resolve) => setImmediate(resolve));
        counts.sentences += r.sentences.length;
        const put = this.write(() => {
          if (hashOf.get(r.doc.id) === r.doc.hash) return { result: null, changed: false };
          return { result: putDocument(db, r, false, options.aliases?.veto), changed: true };
        }, true);
        if (!put) counts.unchanged++;
        else {
          counts.corroborated += put.corroborated;
          counts.disputed += put.disputed;
          if (put.replaced) counts.replaced++;
        }
        options.onProgress?.(i + 1, rows.length);
      }
    } finally {
      this.endGroup();
    }
    return importSummary(counts, before, totals());
  }

  async recordImportRun(source: string, summary: ImportSummary): Promise<ImportRun> {
    const run = importRun(source, summary);
    return this.write(() => {
      putImportRun(this.db, run);
      return { result: run, changed: false };
    });
  }

  async importRuns(limit?: number): Promise<ImportRun[]> {
    return sqliteImportRuns(this.db, limit);
  }

  async outlets(): Promise<OutletSummary[]> {
    return sqliteOutlets(this.db);
  }

  async listDocuments(query?: DocumentQuery): Promise<DocumentPage> {
    return sqliteDocumentPage(this.db, resolveDocumentQuery(query));
  }

  async planImport(results: ExtractionResult[], options: ImportOptions = {}): Promise<ImportDiff> {
    await loadLexicon();
    const has = (table: string) => this.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck();
    const entity = has('entities');
    const edge = has('edges');
    const hash = this.db.prepare('SELECT hash FROM documents WHERE id = ?').pluck();
    const rows = results.map((r) => toDocRows(r));
    const index = new NodeIndex(sqliteCandidates(this.db, candidateLookup(rows)));
    return planDiff(
      rows.map((r) => resolveDocument(r, index, options.aliases?.veto)),
      {
        hasEntity: (id) => entity.get(id) !== undefined,
        hasEdge: (id) => edge.get(id) !== undefined,
        docHash: (id) => hash.get(id) as string | undefined,
      },
    );
  }

  async doctor(options?: DoctorOptions): Promise<DoctorReport> {
    await loadLexicon();
    return doctorReport(sqliteIdentityNodes(this.db), options);
  }

  async deleteDocument(id: string): Promise<boolean> {
    return this.write(() => {
      const removed = deleteDocument(this.db, id);
      return { result: removed, changed: removed };
    });
  }

  /** Folds entities named by the rules' merges into their canonical entity, in every stored document. */
  async applyAliases(rules: AliasRules): Promise<number> {
    await loadLexicon();
    return this.write(() => {
      const entities = this.db.prepare('SELECT id, name, type FROM entities').all() as Array<{
        id: string;
        name: string;
        type: string;
      }>;
      const merges = aliasMerges(rules, entities);
      if (!merges.length) return { result: 0, changed: false };
      const docIds = this.db
        .prepare(
          `SELECT DISTINCT d.id FROM documents d JOIN doc_entities e ON e.doc_seq = d.seq
           WHERE e.entity_id IN (SELECT value FROM json_each(?)) ORDER BY d.seq`,
        )
        .pluck()
        .all(JSON.stringify(merges.map((m) => m.from.id))) as string[];
      for (const doc of [...storedDocuments(this.db, docIds)]) {
        let rows = doc;
        for (const { from, into } of merges) rows = mergeEntityInRows(rows, from.id, into);
        putDocument(this.db, rows, true, rules.veto);
      }
      return { result: merges.length, changed: true };
    });
  }

  /** Splits `names` off entity `id` now (split-plan.ts); `veto`: the alias file's vetoes, keeping them apart. */
  async splitEntity(id: string, names: string[], veto: Veto = []): Promise<SplitResult> {
    await loadLexicon();
    return this.write(() => {
      const result = splitSqlite(this.db, id, names, veto);
      return { result, changed: result.moved.length > 0 };
    });
  }

  /** Every stored document's rows, in import order (for migration and exports). */
  async documents(): Promise<DocRows[]> {
    return this.db.transaction(() => [...storedDocuments(this.db)])();
  }

  async contentVersion(): Promise<string> {
    return contentVersion(this.db);
  }

  /** The cached analysed graph: read it, never change it (snapshot() hands out copies). */
  private analysed(): Promise<AnalyzedGraph> {
    return this.analytics.get(contentVersion(this.db), () => sqliteGraph(this.db));
  }

  async snapshot(options?: SnapshotOptions): Promise<GraphSnapshot> {
    const g = await this.analysed();
    return selectSnapshot(g.nodes, g.edges, g.documents, options, (ids) => sqliteMentionedIn(this.db, ids));
  }

  /**
   * Paths over entity relations only, as Neo4j's (a claim's derived edge is not a relation between the two).
   * Read from the cached graph, not a snapshot: a snapshot copies every entity and relation (8,071 and
   * 2,900 on the 1,173-article store) for a search that only reads them.
   */
  async paths(from: string, to: string, options?: Partial<PathOptions>): Promise<GraphPath[] | null> {
    const g = await this.analysed();
    const edges = g.edges.filter((e) => e.type !== CLAIM_EDGE_TYPE);
    return findPaths(
      g.nodes.map((n) => n.id),
      edges,
      from,
      to,
      options,
    );
  }

  async entity(id: string, page?: Partial<EntityPage>): Promise<EntityDetails | null> {
    return sqliteEntity(this.db, id, resolveEntityPage(page));
  }

  async edge(id: string): Promise<EdgeDetails | null> {
    return sqliteEdge(this.db, id);
  }

  async edgeDetails(ids: string[]): Promise<Map<string, EdgeDetails>> {
    const found = new Map<string, EdgeDetails>();
    for (const id of new Set(ids)) {
      const details = sqliteEdge(this.db, id);
      if (details) found.set(id, details);
    }
    return found;
  }

  async claims(): Promise<ClaimView[]> {
    return sqliteAllClaims(this.db);
  }

  async search(q: string, limit?: number): Promise<SearchHit[]> {
    return sqliteSearch(this.db, q, limit);
  }

  async stats(): Promise<GraphStats> {
    return sqliteStats(this.db);
  }

  async query(): Promise<QueryResult> {
    throw new QueryUnsupportedError('query: the embedded store does not run Cypher (capabilities.cypher is false)');
  }

  /** Analytics are computed on every read (snapshot) and their positions kept beside graph.json. */
  async writeAnalytics(): Promise<number> {
    return 0;
  }

  /** Imports a graph.json (the former embedded format) into this store; idempotent. */
  async importJsonFile(file: string): Promise<ImportSummary> {
    return this.importRows(await readJsonGraphFile(file));
  }

  async close(): Promise<void> {
    for (const db of [this.opened, this.empty]) if (db?.open) db.close();
  }
}

/**
 * Opens the embedded store in `dir` (creating graph.db). A graph.json left by an older kg is imported
 * first (all of it or, after a crash, the rest: imports are idempotent) and then renamed graph.json.bak.
 */
export async function openEmbeddedStore(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  const old = path.join(options.dir, 'graph.json');
  const docs = existsSync(old) ? await readJsonGraphFile(old) : null;
  if (resolvesOnOpen(path.join(options.dir, 'graph.db'))) await loadLexicon();
  const store = new EmbeddedStore(options);
  try {
    if (docs) {
      await store.importRows(docs);
      renameSync(old, `${old}.bak`);
    }
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
