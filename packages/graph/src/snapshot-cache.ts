// SnapshotCache: a store's analysed graph (every node with degree, PageRank, community, component and
// position; every edge; the documents), kept for the content version it was computed from, so repeated
// snapshots of an unchanged graph only filter. Both stores use it: the key is a cheap content version
// (the embedded store's write counter, Neo4j's counts), so any write — by this process or another —
// invalidates it. Optional storage keeps the analytics across processes (the embedded store's
// analytics table), used only when made for the same key and settings and covering every node. When
// the content changed, the last analysis (in memory, else stored) is where the new one starts: its
// positions seed the layout, so an import moves only what it added, and its parts (per connected
// component results) are reused for every component the change left as it was (analyze).
import { positionsOf, resolveAnalyze, type AnalyzeSettings, type Positions } from './analyze.js';
import { analyzeRecords, type NodeRecord } from './build-snapshot.js';
import type { PartMetrics } from './component-metrics.js';
import type { DocumentSummary, GraphEdge } from './types.js';

export interface AnalyzedGraph {
  key: string;
  nodes: NodeRecord[];
  edges: GraphEdge[];
  documents: DocumentSummary[];
  /** Each node's results within its connected component, for the next analysis to reuse. */
  parts: Map<string, PartMetrics>;
}

export interface GraphRecords {
  records: NodeRecord[];
  edges: GraphEdge[];
  documents: DocumentSummary[];
}

export type AnalyticsValues = [
  degree: number,
  pagerank: number,
  community: number,
  component: number,
  x: number | null,
  y: number | null,
  /** PartMetrics (null in analytics stored before them). */
  part: string | null,
  rank: number | null,
  local: number | null,
];

export interface StoredAnalytics {
  key: string;
  settings: AnalyzeSettings;
  nodes: Map<string, AnalyticsValues>;
}

/** Where a store keeps analytics between processes. */
export interface AnalyticsStorage {
  read(): StoredAnalytics | null;
  write(analytics: StoredAnalytics): void;
}

export class SnapshotCache {
  private current: { key: string; graph: Promise<AnalyzedGraph> } | null = null;
  private readonly settings: AnalyzeSettings;

  constructor(
    private readonly storage: AnalyticsStorage | null = null,
    settings: Partial<AnalyzeSettings> = {},
  ) {
    this.settings = resolveAnalyze(settings);
  }

  /** The analysed graph for content `key`; `load` supplies the unanalysed one when it is not cached. */
  get(key: string, load: () => GraphRecords | Promise<GraphRecords>): Promise<AnalyzedGraph> {
    // Concurrent snapshots of the same content share one computation.
    if (this.current?.key !== key) {
      const graph = this.compute(key, load, this.current?.graph);
      this.current = { key, graph };
      graph.catch(() => {
        if (this.current?.graph === graph) this.current = null;
      });
    }
    return this.current!.graph;
  }

  private async compute(
    key: string,
    load: () => GraphRecords | Promise<GraphRecords>,
    prior?: Promise<AnalyzedGraph>,
  ): Promise<AnalyzedGraph> {
    const g = await load();
    const stored = this.readStorage();
    let nodes = stored?.key === key ? applyStored(stored, g.records) : null;
    let parts = stored ? storedParts(stored) : new Map<string, PartMetrics>();
    if (!nodes) {
      const before = await prior?.catch(() => undefined);
      const previous = before ? positionsOf(before.nodes) : stored ? storedPositions(stored) : positionsOf(g.records);
      const known = before?.parts ?? parts;
      ({ nodes, parts } = analyzeRecords(
        g.records,
        g.edges,
        this.settings,
        previous.size ? previous : undefined,
        known,
      ));
      this.writeStorage(key, nodes, parts);
    }
    return { key, nodes, edges: g.edges, documents: g.documents, parts };
  }

  /** Stored analytics made with these settings (for any content), or null. */
  private readStorage(): StoredAnalytics | null {
    try {
      const s = this.storage?.read() ?? null;
      return s && JSON.stringify(s.settings) === JSON.stringify(this.settings) ? s : null;
    } catch {
      return null; // unreadable: computing again is the answer either way
    }
  }

  private writeStorage(key: string, nodes: NodeRecord[], parts: ReadonlyMap<string, PartMetrics>): void {
    const values = new Map<string, AnalyticsValues>();
    for (const n of nodes) {
      const p = parts.get(n.id);
      values.set(n.id, [
        n.degree ?? 0,
        n.pagerank ?? 0,
        n.community ?? 0,
        n.component ?? 0,
        n.x ?? null,
        n.y ?? null,
        p?.part ?? null,
        p?.rank ?? null,
        p?.local ?? null,
      ]);
    }
    try {
      this.storage?.write({ key, settings: this.settings, nodes: values });
    } catch {
      // Best effort: the cache only saves time, so a read-only or busy store must not fail the snapshot.
    }
  }
}

function storedPositions(s: StoredAnalytics): Positions {
  const out = new Map<string, { x: number; y: number }>();
  for (const [id, v] of s.nodes)
    if (typeof v[4] === 'number' && typeof v[5] === 'number') out.set(id, { x: v[4], y: v[5] });
  return out;
}

function storedParts(s: StoredAnalytics): Map<string, PartMetrics> {
  const out = new Map<string, PartMetrics>();
  for (const [id, v] of s.nodes)
    if (v[6] !== null && v[7] !== null && v[8] !== null) out.set(id, { part: v[6], rank: v[7], local: v[8] });
  return out;
}

/** The records with the stored analytics applied, or null when they do not cover every one. */
function applyStored(s: StoredAnalytics, records: NodeRecord[]): NodeRecord[] | null {
  const out: NodeRecord[] = [];
  for (const r of records) {
    const v = s.nodes.get(r.id);
    if (!v) return null;
    const n: NodeRecord = { ...r, degree: v[0], pagerank: v[1], community: v[2], component: v[3] };
    if (v[4] !== null && v[5] !== null) {
      n.x = v[4];
      n.y = v[5];
    }
    out.push(n);
  }
  return out;
}
