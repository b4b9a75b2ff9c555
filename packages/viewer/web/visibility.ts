// Which nodes and edges the client-side filters leave visible (null = no filter active, show all).
import type { Filters } from './app-state.js';
import type { KgGraph } from './build-graph.js';

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

export function filtersActive(f: Filters): boolean {
  return f.hiddenTypes.size > 0 || f.hiddenRelTypes.size > 0 || f.minDegree > 0 || f.minWeight > 0 || f.focus !== null;
}

export function computeVisible(graph: KgGraph, f: Filters): Visible | null {
  if (!filtersActive(f)) return null;
  const nodes = new Set<string>();
  graph.forEachNode((id, a) => {
    if (!f.hiddenTypes.has(a.entityType) && a.degree >= f.minDegree) nodes.add(id);
  });
  const edgeOk = (e: string, s: string, t: string, w: number, rel: string) =>
    nodes.has(s) && nodes.has(t) && w >= f.minWeight && !f.hiddenRelTypes.has(rel) && e !== '';
  if (f.focus && graph.hasNode(f.focus)) {
    const reached = new Set<string>([f.focus]);
    let frontier = [f.focus];
    for (let hop = 0; hop < f.hops; hop++) {
      const next: string[] = [];
      for (const n of frontier) {
        graph.forEachEdge(n, (e, a, s, t) => {
          const other = s === n ? t : s;
          if (!reached.has(other) && edgeOk(e, s, t, a.weight, a.relType)) {
            reached.add(other);
            next.push(other);
          }
        });
      }
      frontier = next;
    }
    for (const n of [...nodes]) if (!reached.has(n)) nodes.delete(n);
    nodes.add(f.focus);
  }
  const edges = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (edgeOk(e, s, t, a.weight, a.relType)) edges.add(e);
  });
  return { nodes, edges };
}
