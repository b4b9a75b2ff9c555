// The Neo4j store over the official driver: schema first, batched idempotent writes in managed
// transactions (`database` on every call), reads in read transactions, user Cypher read-only by default.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { AliasRules, ExtractionResult } from '@kg/extractor';
import { aliasMerges } from './alias-merges.js';
import { loadLexicon } from './load-lexicon.js';
import { mergeEntityNeo4j } from './neo4j-aliases.js';
import { splitEntityNeo4j } from './neo4j-split.js';
import type { SplitResult } from './split-plan.js';
import { toDocRows, type DocRows } from './doc-rows.js';
import { selectSnapshot } from './build-snapshot.js';
import {
  neo4jDocumentPage,
  neo4jEdges,
  neo4jEntity,
  neo4jNodes,
  neo4jGraph,
  neo4jSearch,
  neo4jStats,
  neo4jVersion,
  readRows,
} from './neo4j-read.js';
import { planDiff } from './plan-diff.js';
import { SnapshotCache } from './snapshot-cache.js';
import { ensureSchema } from './neo4j-schema.js';
import { claimEdgeEnds, claimEdges } from './claim-edges.js';
import { neo4jAllClaims, neo4jClaimEdge, neo4jClaimEdgeRows, neo4jEntityClaims } from './neo4j-claim-read.js';
import { neo4jPaths } from './neo4j-paths.js';
import { importSummary, type StoreTotals } from './import-summary.js';
import { importRun } from './import-run.js';
import { neo4jImportRuns, neo4jOutlets, putImportRunNeo4j } from './neo4j-runs.js';
import { runUserQuery } from './neo4j-query.js';
import { importBatch, removeDocumentEvidence } from './neo4j-write.js';
import { DEFAULT_NEO4J, type Neo4jStoreOptions } from './neo4j-options.js';
import { pageEntity, resolveEntityPage, type EntityPage } from './entity-page.js';
import { resolveDocumentQuery } from './document-query.js';
import { neo4jCandidates, neo4jIdentityNodes } from './neo4j-identity.js';
import { doctorReport, type DoctorOptions, type DoctorReport } from './doctor-report.js';
import { candidateLookup, NodeIndex, resolveDocument, type Veto } from './resolve-entities.js';
import { bumpStoreVersion } from './neo4j-store-version.js';
import { retryConcurrentDelete } from './neo4j-retry.js';
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
  QueryOptions,
  QueryResult,
  SearchHit,
  SnapshotOptions,
} from './types.js';

function rowCount(d: DocRows): number {
  return 1 + d.sentences.length + d.entities.length + d.mentions.length + d.relations.length + (d.claims?.length ?? 0);
}

/** Splits documents into write batches of about `batchRows` rows, never splitting a document. */
export function batchDocuments(docs: DocRows[], batchRows: number): DocRows[][] {
  const batches: DocRows[][] = [];
  let current: DocRows[] = [];
  let size = 0;
  for (const d of docs) {
    if (current.length && size + rowCount(d) > batchRows) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(d);
    size += rowCount(d);
  }
  if (current.length) batches.push(current);
  return batches;
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly capabilities = { cypher: true, storedAnalytics: true };
  readonly database: string;
  private readonly batchRows: number;
  /** The last analysed graph; its positions seed the next layout (incremental), as in the embedded store. */
  private readonly analytics = new SnapshotCache();
  /** Cypher writes through this store, which the stored version does not count (other processes' show in the counts). */
  private userWrites = 0;

  constructor(
    readonly driver: Driver,
    options: Neo4jStoreOptions,
    private readonly ownsDriver: boolean,
  ) {
    this.database = options.database ?? DEFAULT_NEO4J.database;
    this.batchRows = options.batchRows ?? DEFAULT_NEO4J.batchRows;
  }

  private async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await retryConcurrentDelete(() => session.executeWrite(work));
    } finally {
      await session.close();
    }
  }

  async importDocuments(results: ExtractionResult[], options: ImportOptions = {}): Promise<ImportSummary> {
    return this.importRows(
      results.map((r) => toDocRows(r, options.importedAt)),
      options,
    );
  }

  /** Loads normalised rows: one write transaction per batch of whole documents. */
  async importRows(rows: DocRows[], options: ImportOptions = {}): Promise<ImportSummary> {
    await loadLexicon();
    const byId = new Map(rows.map((r) => [r.doc.id, r]));
    const docs = [...byId.values()];
    // Additions are counted inside each write transaction, so another importer's writes never count as ours.
    const added: StoreTotals = { entities: 0, relations: 0, claims: 0 };
    const counts = {
      documents: rows.length,
      unchanged: rows.length - docs.length,
      sentences: 0,
      corroborated: 0,
      disputed: 0,
      replaced: 0,
    };
    let done = 0;
    for (const batch of batchDocuments(docs, this.batchRows)) {
      const r = await this.writeTx(async (tx) => {
        const done = await importBatch(tx, batch, options.aliases?.veto);
        if (done.unchanged.size < batch.length) await bumpStoreVersion(tx);
        return done;
      });
      counts.unchanged += r.unchanged.size;
      counts.corroborated += r.corroborated;
      counts.disputed += r.disputed;
      counts.replaced += r.replaced;
      for (const k of ['entities', 'relations', 'claims'] as const) added[k] += r.added[k];
      for (const d of batch) counts.sentences += d.sentences.length;
      done += batch.length;
      options.onProgress?.(done, docs.length);
    }
    return importSummary(counts, { entities: 0, relations: 0, claims: 0 }, added);
  }

  async recordImportRun(source: string, summary: ImportSummary): Promise<ImportRun> {
    const run = importRun(source, summary);
    await this.writeTx((tx) => putImportRunNeo4j(tx, run));
    return run;
  }

  importRuns(limit?: number): Promise<ImportRun[]> {
    return neo4jImportRuns(this.driver, this.database, limit);
  }

  outlets(): Promise<OutletSummary[]> {
    return neo4jOutlets(this.driver, this.database);
  }

  listDocuments(query?: DocumentQuery): Promise<DocumentPage> {
    return neo4jDocumentPage(this.driver, this.database, resolveDocumentQuery(query));
  }

  async planImport(results: ExtractionResult[], options: ImportOptions = {}): Promise<ImportDiff> {
    await loadLexicon();
    const extracted = results.map((r) => toDocRows(r));
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    let index: NodeIndex;
    try {
      index = new NodeIndex(await session.executeRead((tx) => neo4jCandidates(tx, candidateLookup(extracted))));
    } finally {
      await session.close();
    }
    const rows = extracted.map((r) => resolveDocument(r, index, options.aliases?.veto));
    const entityIds = [...new Set(rows.flatMap((d) => d.entities.map((e) => e.id)))];
    const edgeIds = [...new Set(rows.flatMap((d) => d.relations.map((r) => `${r.source}|${r.type}|${r.target}`)))];
    const ents = await readRows(
      this.driver,
      this.database,
      'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id',
      { ids: entityIds },
    );
    const edges = await readRows(
      this.driver,
      this.database,
      `UNWIND $rows AS row MATCH (:Entity {id: row.s})-[r]->(:Entity {id: row.t}) WHERE r.id = row.id RETURN r.id AS id`,
      {
        rows: edgeIds.map((id) => {
          const [s, , t] = id.split('|');
          return { id, s, t };
        }),
      },
    );
    const docs = await readRows(
      this.driver,
      this.database,
      'UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.hash AS hash',
      { ids: rows.map((d) => d.doc.id) },
    );
    const hasE = new Set(ents.map((r) => r.id as string));
    const hasR = new Set(edges.map((r) => r.id as string));
    const hashes = new Map(docs.map((r) => [r.id as string, r.hash as string]));
    return planDiff(rows, {
      hasEntity: (id) => hasE.has(id),
      hasEdge: (id) => hasR.has(id),
      docHash: (id) => hashes.get(id),
    });
  }

  async doctor(options?: DoctorOptions): Promise<DoctorReport> {
    await loadLexicon();
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      return doctorReport(await session.executeRead((tx) => neo4jIdentityNodes(tx)), options);
    } finally {
      await session.close();
    }
  }

  async deleteDocument(id: string): Promise<boolean> {
    return this.writeTx(async (tx) => {
      // Locked first (like an import does), so the sentences read next are not being replaced meanwhile.
      const found = await tx.run('MATCH (d:Document {id: $id}) SET d.kgImportLock = true RETURN d.id', { id });
      if (!found.records.length) return false;
      await removeDocumentEvidence(tx, id);
      await tx.run('MATCH (d:Document {id: $id}) DETACH DELETE d', { id });
      await bumpStoreVersion(tx);
      return true;
    });
  }

  async contentVersion(): Promise<string> {
    return `${this.userWrites}:${await neo4jVersion(this.driver, this.database)}`;
  }

  async snapshot(options?: SnapshotOptions): Promise<GraphSnapshot> {
    const key = await this.contentVersion();
    const g = await this.analytics.get(key, async () => {
      const graph = await neo4jGraph(this.driver, this.database);
      return { ...graph, edges: graph.edges.concat(claimEdges(await neo4jClaimEdgeRows(this.driver, this.database))) };
    });
    return selectSnapshot(g.nodes, g.edges, g.documents, options);
  }

  async entity(id: string, page?: Partial<EntityPage>): Promise<EntityDetails | null> {
    const cut = resolveEntityPage(page);
    const found = await neo4jEntity(this.driver, this.database, id);
    return found && pageEntity({ ...found, ...(await neo4jEntityClaims(this.driver, this.database, id)) }, cut);
  }

  async edge(id: string): Promise<EdgeDetails | null> {
    return (await this.edgeDetails([id])).get(id) ?? null;
  }

  /** Relations in one batch (neo4jEdges); a claim's derived edge is read from its claims. */
  async edgeDetails(ids: string[]): Promise<Map<string, EdgeDetails>> {
    const claimIds = [...new Set(ids.filter((id) => claimEdgeEnds(id)))];
    const node = async (e: string) => (await neo4jNodes(this.driver, this.database, [e])).get(e) ?? null;
    const [found, claims] = await Promise.all([
      neo4jEdges(
        this.driver,
        this.database,
        ids.filter((id) => !claimEdgeEnds(id)),
      ),
      Promise.all(claimIds.map((id) => neo4jClaimEdge(this.driver, this.database, id, node))),
    ]);
    claimIds.forEach((id, i) => claims[i] && found.set(id, claims[i]));
    return found;
  }

  claims(): Promise<ClaimView[]> {
    return neo4jAllClaims(this.driver, this.database);
  }

  paths(from: string, to: string, options?: Partial<PathOptions>): Promise<GraphPath[] | null> {
    return neo4jPaths(this.driver, this.database, from, to, options);
  }

  search(q: string, limit?: number): Promise<SearchHit[]> {
    return neo4jSearch(this.driver, this.database, q, limit);
  }

  stats(): Promise<GraphStats> {
    return neo4jStats(this.driver, this.database);
  }

  /** Folds entities named by the rules' merges into their canonical entity (one transaction). */
  async applyAliases(rules: AliasRules): Promise<number> {
    await loadLexicon();
    const names = [
      ...new Set([...(rules.merge ?? []).flatMap((r) => [r.alias, r.canonical])].map((n) => n.trim().toLowerCase())),
    ];
    const found = await readRows(
      this.driver,
      this.database,
      'MATCH (e:Entity) WHERE toLower(e.name) IN $names RETURN e.id AS id, e.name AS name, e.type AS type',
      { names },
    );
    const merges = aliasMerges(
      rules,
      found.map((r) => ({ id: r.id as string, name: r.name as string, type: r.type as string })),
    );
    if (merges.length) {
      await this.writeTx(async (tx) => {
        for (const { from, into } of merges) await mergeEntityNeo4j(tx, from.id, into.id);
        await bumpStoreVersion(tx);
      });
    }
    return merges.length;
  }

  /** Splits `names` off entity `id` now (split-plan.ts), in one transaction. */
  async splitEntity(id: string, names: string[], veto: Veto = []): Promise<SplitResult> {
    await loadLexicon();
    // The store's counts may not change (a name moved onto a node that existed): the stored version does, for
    // every process's cached reads.
    return this.writeTx(async (tx) => {
      const result = await splitEntityNeo4j(tx, id, names, veto);
      if (result.moved.length) await bumpStoreVersion(tx);
      return result;
    });
  }

  /** Writes degree, PageRank, community, component and x/y onto the Entity nodes (for the viewer and Cypher). */
  async writeAnalytics(): Promise<number> {
    const snap = await this.snapshot();
    const rows = snap.nodes.map((n) => ({
      id: n.id,
      degree: n.degree ?? 0,
      pagerank: n.pagerank ?? 0,
      community: n.community ?? 0,
      component: n.component ?? 0,
      x: n.x ?? null,
      y: n.y ?? null,
    }));
    for (let i = 0; i < rows.length; i += 5000) {
      await this.writeTx((tx) =>
        tx.run(
          `UNWIND $rows AS row MATCH (e:Entity {id: row.id})
        SET e.degree = row.degree, e.pagerank = row.pagerank, e.community = row.community, e.component = row.component, e.x = row.x, e.y = row.y`,
          { rows: rows.slice(i, i + 5000) },
        ),
      );
    }
    return rows.length;
  }

  /** Runs the user's Cypher: a read transaction unless `write`, with a timeout and a row cap. */
  query(cypher: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<QueryResult> {
    const run = runUserQuery(this.driver, this.database, cypher, params, options);
    if (options.write) void run.finally(() => this.userWrites++).catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    if (this.ownsDriver) await this.driver.close();
  }
}

/** Connects, checks the database answers and has the schema (openNeo4jStore loads this module on demand). */
export async function connectNeo4jStore(options: Neo4jStoreOptions): Promise<Neo4jStore> {
  const driver =
    options.driver ??
    neo4j.driver(
      options.uri,
      neo4j.auth.basic(options.user ?? DEFAULT_NEO4J.user, options.password ?? DEFAULT_NEO4J.password),
      { disableLosslessIntegers: false },
    );
  const store = new Neo4jStore(driver, options, !options.driver);
  try {
    await driver.verifyConnectivity({ database: store.database });
    await ensureSchema(driver, store.database);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
