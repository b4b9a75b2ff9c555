// SnapshotCache: the embedded store's analysed graph (every node with degree, PageRank, community,
// component and position; every edge; the documents), kept for the content it was computed from, so
// repeated snapshots of an unchanged graph only filter: in memory for this process, and in a file
// beside graph.json so the next process skips Louvain, PageRank and the layout too. The key is a hash
// of graph.json's bytes, so any write — by this process or another — invalidates both. The file also
// names the analysis settings and must cover every node, else it is ignored and rewritten. When the
// content changed, the positions of the last analysis (in memory, else in the file) seed the layout,
// so an import moves only what it added (analyze's incremental layout).
import { readFile } from 'node:fs/promises';
import { positionsOf, resolveAnalyze, type AnalyzeSettings, type Positions } from './analyze.js';
import { writeFileAtomic } from './atomic-write.js';
import { analyzeRecords, type NodeRecord } from './build-snapshot.js';
import type { DocumentSummary, GraphEdge } from './types.js';

export const ANALYTICS_FORMAT = 'kg-graph-analytics';
export const ANALYTICS_VERSION = 1;

export interface AnalyzedGraph {
  key: string;
  nodes: NodeRecord[];
  edges: GraphEdge[];
  documents: DocumentSummary[];
}

type Values = [
  degree: number,
  pagerank: number,
  community: number,
  component: number,
  x: number | null,
  y: number | null,
];

interface AnalyticsFile {
  format: string;
  version: number;
  key: string;
  settings: AnalyzeSettings;
  nodes: Record<string, Values>;
}

export class SnapshotCache {
  private current: { key: string; graph: Promise<AnalyzedGraph> } | null = null;
  private readonly settings: AnalyzeSettings;

  constructor(
    readonly file: string,
    settings: Partial<AnalyzeSettings> = {},
  ) {
    this.settings = resolveAnalyze(settings);
  }

  /** The analysed graph for content `key`; `load` supplies the unanalysed one when it is not cached. */
  get(
    key: string,
    load: () => { records: NodeRecord[]; edges: GraphEdge[]; documents: DocumentSummary[] },
  ): Promise<AnalyzedGraph> {
    // Concurrent snapshots of the same content share one computation.
    if (this.current?.key !== key) {
      const graph = this.compute(key, load(), this.current?.graph);
      this.current = { key, graph };
      graph.catch(() => {
        if (this.current?.graph === graph) this.current = null;
      });
    }
    return this.current!.graph;
  }

  private async compute(
    key: string,
    g: { records: NodeRecord[]; edges: GraphEdge[]; documents: DocumentSummary[] },
    prior?: Promise<AnalyzedGraph>,
  ): Promise<AnalyzedGraph> {
    const file = await this.readFile();
    let nodes = file?.key === key ? applyStored(file, g.records) : null;
    if (!nodes) {
      const before = await prior?.catch(() => undefined);
      const previous = before ? positionsOf(before.nodes) : file ? filePositions(file) : undefined;
      nodes = analyzeRecords(g.records, g.edges, this.settings, previous);
      await this.store(key, nodes);
    }
    return { key, nodes, edges: g.edges, documents: g.documents };
  }

  /** The file's content when it is ours and made with these settings (for any graph content). */
  private async readFile(): Promise<AnalyticsFile | null> {
    let body: AnalyticsFile;
    try {
      body = JSON.parse(await readFile(this.file, 'utf8')) as AnalyticsFile;
    } catch {
      return null; // none yet, or unreadable: computing again is the answer either way
    }
    if (body?.format !== ANALYTICS_FORMAT || body.version !== ANALYTICS_VERSION || !body.nodes) return null;
    return JSON.stringify(body.settings) === JSON.stringify(this.settings) ? body : null;
  }

  private async store(key: string, nodes: NodeRecord[]): Promise<void> {
    const values: Record<string, Values> = {};
    for (const n of nodes)
      values[n.id] = [n.degree ?? 0, n.pagerank ?? 0, n.community ?? 0, n.component ?? 0, n.x ?? null, n.y ?? null];
    const body: AnalyticsFile = {
      format: ANALYTICS_FORMAT,
      version: ANALYTICS_VERSION,
      key,
      settings: this.settings,
      nodes: values,
    };
    // Best effort: the cache only saves time, so a read-only or full disk must not fail the snapshot.
    await writeFileAtomic(this.file, JSON.stringify(body)).catch(() => undefined);
  }
}

/** Positions from the file, whatever content it was computed for. */
function filePositions(body: AnalyticsFile): Positions {
  const out = new Map<string, { x: number; y: number }>();
  for (const [id, v] of Object.entries(body.nodes))
    if (Array.isArray(v) && typeof v[4] === 'number' && typeof v[5] === 'number') out.set(id, { x: v[4], y: v[5] });
  return out;
}

/** The records with the file's analytics applied, or null when it does not cover every one. */
function applyStored(body: AnalyticsFile, records: NodeRecord[]): NodeRecord[] | null {
  const out: NodeRecord[] = [];
  for (const r of records) {
    const v = body.nodes[r.id];
    if (!Array.isArray(v) || v.length !== 6) return null;
    const n: NodeRecord = { ...r, degree: v[0], pagerank: v[1], community: v[2], component: v[3] };
    if (v[4] !== null && v[5] !== null) {
      n.x = v[4];
      n.y = v[5];
    }
    out.push(n);
  }
  return out;
}
