// analyze(): degree, PageRank, Louvain community, connected component and a ForceAtlas2 position for
// every node, computed on demand with graphology's standard library and written onto the nodes.
import { componentMetrics, simpleGraph, type PartMetrics } from './component-metrics.js';
import { forceAtlas2, type UndirectedGraph } from './graphology-libs.js';
import type { GraphEdge, GraphNode } from './types.js';

export interface AnalyzeSettings {
  /** ForceAtlas2 iterations (bounded so big graphs stay quick). */
  layoutIterations: number;
  /** Iterations when starting from the previous positions (after an import): new nodes settle, the rest stays put. */
  relayoutIterations: number;
  /** Above this many nodes the layout is skipped (the viewer lays out itself). */
  layoutMaxNodes: number;
}

export const DEFAULT_ANALYZE: AnalyzeSettings = {
  layoutIterations: 100,
  relayoutIterations: 15,
  layoutMaxNodes: 20000,
};

export function resolveAnalyze(partial: Partial<AnalyzeSettings> = {}): AnalyzeSettings {
  const s = { ...DEFAULT_ANALYZE, ...partial };
  for (const k of ['layoutIterations', 'relayoutIterations'] as const) {
    if (!Number.isInteger(s[k]) || s[k] < 0)
      throw new RangeError(`resolveAnalyze: expected ${k} to be a non-negative integer`);
  }
  return s;
}

/** Node positions of an earlier analysis, by node id. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** The positions of analysed nodes (those the layout placed). */
export function positionsOf(nodes: GraphNode[]): Positions {
  const out = new Map<string, { x: number; y: number }>();
  for (const n of nodes) if (n.x !== undefined && n.y !== undefined) out.set(n.id, { x: n.x, y: n.y });
  return out;
}

/**
 * `previous` (positions from the analysis before the graph changed) makes the layout incremental:
 * when it covers most nodes, they start where they were and new ones next to their neighbours, so an
 * import does not reshuffle the whole picture, and costs relayoutIterations instead of a full layout.
 * `known` (the parts the last analysis returned) makes the metrics incremental: only the connected
 * components that changed are computed (componentMetrics). Returns this analysis's parts.
 */
export function analyze(
  nodes: GraphNode[],
  edges: GraphEdge[],
  partial: Partial<AnalyzeSettings> = {},
  previous?: Positions,
  known?: ReadonlyMap<string, PartMetrics>,
): Map<string, PartMetrics> {
  const settings = resolveAnalyze(partial);
  if (nodes.length === 0) return new Map();
  const { metrics, parts } = componentMetrics(
    nodes.map((n) => n.id),
    edges,
    known,
  );
  const positions = layout(nodes, edges, settings, previous);
  for (const n of nodes) {
    Object.assign(n, metrics.get(n.id));
    const p = positions.get(n.id);
    if (p) {
      n.x = p.x;
      n.y = p.y;
    }
  }
  return parts;
}

function layout(
  nodes: GraphNode[],
  edges: GraphEdge[],
  settings: AnalyzeSettings,
  previous?: Positions,
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  if (nodes.length > settings.layoutMaxNodes) return out;
  // Nothing new to place: the known layout is kept exactly, without building the graph.
  if (previous && nodes.every((n) => previous.has(n.id))) {
    for (const n of nodes) out.set(n.id, previous.get(n.id)!);
    return out;
  }
  const g = simpleGraph(
    nodes.map((n) => n.id),
    edges,
  );
  const known = previous ? g.filterNodes((n) => previous.has(n)).length : 0;
  const incremental = previous !== undefined && known >= g.order / 2;
  // With nothing new to place, a known layout is kept exactly (repeated snapshots do not drift).
  const added = incremental ? placeFromPrevious(g, previous) : g.order;
  if (!incremental) {
    // Deterministic start: nodes on a golden-angle spiral in id order.
    [...g.nodes()].sort().forEach((n, i) => g.mergeNodeAttributes(n, spiral(i, 10)));
  }
  const iterations = !incremental ? settings.layoutIterations : added > 0 ? settings.relayoutIterations : 0;
  if (g.order > 1 && iterations > 0) {
    const inferred = forceAtlas2.inferSettings(g);
    forceAtlas2.assign(g, {
      iterations,
      getEdgeWeight: 'weight',
      settings: { ...inferred, barnesHutOptimize: g.order > 500 },
    });
  }
  g.forEachNode((n, a) => out.set(n, { x: round(a.x as number), y: round(a.y as number) }));
  return out;
}

const GOLDEN_ANGLE = 2.399963229728653;

function spiral(i: number, step: number): { x: number; y: number } {
  const r = step * Math.sqrt(i + 1);
  const a = i * GOLDEN_ANGLE;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

/** Known nodes where they were; new ones (in id order) beside their placed neighbours, else on a ring just outside. */
function placeFromPrevious(g: UndirectedGraph, previous: Positions): number {
  let extent = 1;
  const fresh: string[] = [];
  g.forEachNode((n) => {
    const p = previous.get(n);
    if (!p) return void fresh.push(n);
    g.mergeNodeAttributes(n, { x: p.x, y: p.y });
    extent = Math.max(extent, Math.hypot(p.x, p.y));
  });
  fresh.sort().forEach((n, i) => {
    let sx = 0,
      sy = 0,
      k = 0;
    g.forEachNeighbor(n, (m) => {
      const p = previous.get(m);
      if (p) {
        sx += p.x;
        sy += p.y;
        k++;
      }
    });
    const jitter = spiral(i, extent / 200);
    if (k > 0) g.mergeNodeAttributes(n, { x: sx / k + jitter.x, y: sy / k + jitter.y });
    else
      g.mergeNodeAttributes(n, {
        x: extent * 1.05 * Math.cos(i * GOLDEN_ANGLE),
        y: extent * 1.05 * Math.sin(i * GOLDEN_ANGLE),
      });
  });
  return fresh.length;
}

function round(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0;
}
