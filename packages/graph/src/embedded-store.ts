// The embedded default store: the graph kept as the imported documents' rows in one JSON file under
// `.kg/` (format-versioned, written atomically, one writer at a time), served from a GraphModel.
// Snapshots reuse the analytics computed for the same file content (SnapshotCache).
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AliasRules, ExtractionResult } from '@kg/extractor';
import { aliasMerges } from './alias-merges.js';
import { mergeEntityInRows } from './rows-merge.js';
import { writeFileAtomic } from './atomic-write.js';
import { toDocRows, type DocRows } from './doc-rows.js';
import { QueryUnsupportedError, StoreFormatError } from './errors.js';
import { acquireLock } from './file-lock.js';
import { GraphModel } from './graph-model.js';
import { selectSnapshot } from './build-snapshot.js';
import { modelEdgeDetails, modelEntity, modelGraph, modelSearch, modelStats, planDiff } from './model-views.js';
import { SnapshotCache } from './snapshot-cache.js';
import type {
  EdgeDetails,
  EntityDetails,
  GraphSnapshot,
  GraphStats,
  GraphStore,
  ImportDiff,
  ImportOptions,
  ImportSummary,
  QueryResult,
  SearchHit,
  SnapshotOptions,
} from './types.js';

export const EMBEDDED_FORMAT = 'kg-embedded-graph';
export const EMBEDDED_VERSION = 1;
export const QUERY_HINT =
  'Cypher needs Neo4j: start it with `pnpm neo4j:start` (or `docker compose up -d neo4j`) and set NEO4J_URI=bolt://127.0.0.1:7687 or pass --neo4j <uri>';

export interface EmbeddedStoreOptions {
  /** Directory holding graph.json (usually `<project>/.kg`). */
  dir: string;
  lockTimeoutMs?: number;
}

interface GraphFile {
  format: string;
  version: number;
  documents: DocRows[];
}

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  readonly file: string;
  private model = new GraphModel();
  private stamp = '';
  /** Hash of the graph file's bytes as last read: the content version snapshots are cached under. */
  private version = 'none';
  private readonly analytics: SnapshotCache;

  constructor(readonly options: EmbeddedStoreOptions) {
    this.file = path.join(options.dir, 'graph.json');
    this.analytics = new SnapshotCache(path.join(options.dir, 'graph.analytics.json'));
  }

  /** Re-reads the file when another process changed it. */
  private async refresh(): Promise<GraphModel> {
    return (await this.load()).model;
  }

  /** The current model with the content version it was read from (a consistent pair). */
  private async load(): Promise<{ model: GraphModel; version: string }> {
    const st = await stat(this.file).catch(() => null);
    const stamp = st ? `${st.mtimeMs}:${st.size}:${st.ino}` : 'none';
    if (stamp !== this.stamp) {
      const text = st ? await readFile(this.file, 'utf8') : null;
      this.model = new GraphModel(text === null ? [] : parseGraphFile(text, this.file));
      this.version = text === null ? 'none' : createHash('sha256').update(text).digest('hex');
      this.stamp = stamp;
    }
    return { model: this.model, version: this.version };
  }

  /** Runs `change` on the freshest model under the write lock; saves when it reports a change. */
  private async write<T>(change: (m: GraphModel) => { result: T; changed: boolean }): Promise<T> {
    await mkdir(this.options.dir, { recursive: true });
    const lock = await acquireLock(path.join(this.options.dir, 'graph.lock'), this.options.lockTimeoutMs);
    try {
      const m = await this.refresh();
      const { result, changed } = change(m);
      if (changed) {
        // While saving, readers reload the file rather than see (and cache analytics of) an unsaved change.
        this.stamp = '';
        const body: GraphFile = {
          format: EMBEDDED_FORMAT,
          version: EMBEDDED_VERSION,
          documents: [...m.documents.values()],
        };
        await writeFileAtomic(this.file, JSON.stringify(body));
        this.stamp = '';
        await this.refresh();
      }
      return result;
    } catch (err) {
      this.stamp = ''; // the in-memory model may hold a change that was not saved
      throw err;
    } finally {
      await lock.release();
    }
  }

  async importDocuments(results: ExtractionResult[], options: ImportOptions = {}): Promise<ImportSummary> {
    const rows = results.map((r) => toDocRows(r, options.importedAt));
    return this.importRows(rows, options);
  }

  /** Loads already-normalised rows (used by migrations and tests). */
  async importRows(rows: DocRows[], options: ImportOptions = {}): Promise<ImportSummary> {
    return this.write((m) => {
      const summary: ImportSummary = {
        documents: rows.length,
        unchanged: 0,
        entitiesAdded: 0,
        relationsAdded: 0,
        sentences: 0,
      };
      const nodesBefore = m.graph.order;
      const edgesBefore = m.graph.size;
      let changed = false;
      rows.forEach((r, i) => {
        summary.sentences += r.sentences.length;
        if (m.documents.get(r.doc.id)?.doc.hash === r.doc.hash) summary.unchanged++;
        else {
          m.put(r);
          changed = true;
        }
        options.onProgress?.(i + 1, rows.length);
      });
      summary.entitiesAdded = Math.max(0, m.graph.order - nodesBefore);
      summary.relationsAdded = Math.max(0, m.graph.size - edgesBefore);
      return { result: summary, changed };
    });
  }

  async planImport(results: ExtractionResult[]): Promise<ImportDiff> {
    const m = await this.refresh();
    return planDiff(
      results.map((r) => toDocRows(r)),
      {
        hasEntity: (id) => m.graph.hasNode(id),
        hasEdge: (id) => m.graph.hasEdge(id),
        docHash: (id) => m.documents.get(id)?.doc.hash,
      },
    );
  }

  async deleteDocument(id: string): Promise<boolean> {
    return this.write((m) => {
      const removed = m.remove(id);
      return { result: removed, changed: removed };
    });
  }

  /** Folds entities named by the rules' merges into their canonical entity, in every stored document. */
  async applyAliases(rules: AliasRules): Promise<number> {
    return this.write((m) => {
      const merges = aliasMerges(
        rules,
        m.graph.mapNodes((id, a) => ({ id, name: a.name, type: a.type })),
      );
      if (!merges.length) return { result: 0, changed: false };
      let docs = [...m.documents.values()];
      for (const { from, into } of merges) docs = docs.map((d) => mergeEntityInRows(d, from.id, into));
      for (const d of docs) m.put(d);
      return { result: merges.length, changed: true };
    });
  }

  /** Every stored document's rows, in import order (for migration and exports). */
  async documents(): Promise<DocRows[]> {
    return [...(await this.refresh()).documents.values()];
  }

  async snapshot(options?: SnapshotOptions): Promise<GraphSnapshot> {
    const { model, version } = await this.load();
    const g = await this.analytics.get(version, () => modelGraph(model));
    return selectSnapshot(g.nodes, g.edges, g.documents, options);
  }

  async entity(id: string): Promise<EntityDetails | null> {
    return modelEntity(await this.refresh(), id);
  }

  async edge(id: string): Promise<EdgeDetails | null> {
    return modelEdgeDetails(await this.refresh(), id);
  }

  async search(q: string, limit?: number): Promise<SearchHit[]> {
    return modelSearch(await this.refresh(), q, limit);
  }

  async stats(): Promise<GraphStats> {
    return modelStats(await this.refresh());
  }

  async query(): Promise<QueryResult> {
    throw new QueryUnsupportedError(`query: the embedded store does not run Cypher. ${QUERY_HINT}`);
  }

  async close(): Promise<void> {}
}

export function parseGraphFile(text: string, file: string): DocRows[] {
  let body: GraphFile;
  try {
    body = JSON.parse(text) as GraphFile;
  } catch {
    throw new StoreFormatError(`openEmbeddedStore: expected ${file} to be JSON (the file is damaged)`);
  }
  if (!body || body.format !== EMBEDDED_FORMAT || !Array.isArray(body.documents)) {
    throw new StoreFormatError(`openEmbeddedStore: expected ${file} to be a ${EMBEDDED_FORMAT} file`);
  }
  if (body.version !== EMBEDDED_VERSION) {
    throw new StoreFormatError(
      `openEmbeddedStore: expected ${file} format version ${EMBEDDED_VERSION}, found ${body.version}`,
    );
  }
  return body.documents;
}

/** Opens (and validates) the embedded store in `dir`; the file is created on the first import. */
export async function openEmbeddedStore(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  const store = new EmbeddedStore(options);
  await store.stats();
  return store;
}
