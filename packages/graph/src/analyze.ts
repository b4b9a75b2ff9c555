// analyze(): degree, PageRank, Louvain community, connected component and a ForceAtlas2 position for
// every node, computed on demand with graphology's standard library and written onto the nodes.
import { connectedComponents, forceAtlas2, louvain, MultiDirectedGraph, pagerank, UndirectedGraph } from './graphology-libs.js';
import type { GraphEdge, GraphNode } from './types.js';

export interface AnalyzeSettings {
  /** ForceAtlas2 iterations (bounded so big graphs stay quick). */
  layoutIterations: number;
  /** Above this many nodes the layout is skipped (the viewer lays out itself). */
  layoutMaxNodes: number;
}

export const DEFAULT_ANALYZE: AnalyzeSettings = { layoutIterations: 100, layoutMaxNodes: 20000 };

export function resolveAnalyze(partial: Partial<AnalyzeSettings> = {}): AnalyzeSettings {
  const s = { ...DEFAULT_ANALYZE, ...partial };
  if (!Number.isInteger(s.layoutIterations) || s.layoutIterations < 0) throw new RangeError('resolveAnalyze: expected layoutIterations to be a non-negative integer');
  return s;
}

/** Builds the undirected-weight view used by the metrics (one edge per entity pair). */
export function toGraphology(nodes: GraphNode[], edges: GraphEdge[]): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  for (const n of nodes) g.addNode(n.id, { label: n.name, type: n.type });
  for (const e of edges) {
    if (g.hasNode(e.source) && g.hasNode(e.target) && !g.hasEdge(e.id)) g.addDirectedEdgeWithKey(e.id, e.source, e.target, { type: e.type, weight: e.weight });
  }
  return g;
}

export function analyze(nodes: GraphNode[], edges: GraphEdge[], partial: Partial<AnalyzeSettings> = {}): void {
  const settings = resolveAnalyze(partial);
  if (nodes.length === 0) return;
  const g = toGraphology(nodes, edges);
  const ranks = g.size > 0 ? pagerank(g, { getEdgeWeight: 'weight' }) : {};
  const simple = new UndirectedGraph();
  g.forEachNode((n) => simple.addNode(n));
  g.forEachEdge((_e, a, s, t) => {
    if (s === t) return;
    if (simple.hasEdge(s, t)) simple.updateEdgeAttribute(s, t, 'weight', (w: number) => w + (a.weight as number));
    else simple.addEdge(s, t, { weight: a.weight });
  });
  // Louvain is randomised; a fixed rng keeps communities stable between runs.
  const communities = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng: seededRandom(42) }) : {};
  const components = connectedComponents(simple);
  const componentOf = new Map<string, number>();
  // Largest component first; ties broken by the smallest member id, so numbering is stable.
  components.map((c) => c.sort()).sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1)).forEach((c, i) => c.forEach((n) => componentOf.set(n, i)));
  const positions = layout(simple, settings);
  for (const n of nodes) {
    n.degree = g.degree(n.id);
    n.pagerank = ranks[n.id] ?? 1 / nodes.length;
    n.community = communities[n.id] ?? componentOf.get(n.id) ?? 0;
    n.component = componentOf.get(n.id) ?? 0;
    const p = positions.get(n.id);
    if (p) {
      n.x = p.x;
      n.y = p.y;
    }
  }
}

function layout(g: UndirectedGraph, settings: AnalyzeSettings): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  if (g.order > settings.layoutMaxNodes) return out;
  // Deterministic start: nodes on a golden-angle spiral in id order.
  [...g.nodes()].sort().forEach((n, i) => {
    const r = 10 * Math.sqrt(i + 1);
    const a = i * 2.399963229728653;
    g.mergeNodeAttributes(n, { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  if (g.order > 1 && settings.layoutIterations > 0) {
    const inferred = forceAtlas2.inferSettings(g);
    forceAtlas2.assign(g, { iterations: settings.layoutIterations, getEdgeWeight: 'weight', settings: { ...inferred, barnesHutOptimize: g.order > 500 } });
  }
  g.forEachNode((n, a) => out.set(n, { x: round(a.x as number), y: round(a.y as number) }));
  return out;
}

function round(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0;
}

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
