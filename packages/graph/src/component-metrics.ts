// componentMetrics(): degree, PageRank, Louvain community and connected component of every node, computed
// one connected component at a time so that an import recomputes only the components it changed. What a
// component gets is a function of its own nodes and weighted edges alone, labelled by a hash of them (its
// part); a part seen in the last analysis is reused as it was. PageRank runs within the component (its
// dangling nodes teleport inside it) and is scaled by the component's share of the nodes, so the ranks
// still sum to 1; Louvain (seeded) never joins two components anyway. Numbering is global and from the
// content alone — components, then communities, largest first, ties by smallest member id — so an
// incremental analysis equals a fresh one of the same graph.
import { createHash } from 'node:crypto';
import { louvain, MultiDirectedGraph, pagerank, UndirectedGraph } from './graphology-libs.js';
import type { GraphEdge } from './types.js';

/** A node's results within its component: the component's hash, PageRank within it, community index within it. */
export interface PartMetrics {
  part: string;
  rank: number;
  local: number;
}

export interface NodeMetrics {
  degree: number;
  pagerank: number;
  community: number;
  component: number;
}

export interface ComponentMetrics {
  metrics: Map<string, NodeMetrics>;
  parts: Map<string, PartMetrics>;
  /** Nodes whose component was computed (not reused). */
  recomputed: number;
}

/** `ids` the nodes, `edges` between them (others are ignored, as a repeated id); `known` the last analysis's parts. */
export function componentMetrics(
  ids: string[],
  edges: GraphEdge[],
  known: ReadonlyMap<string, PartMetrics> = new Map(),
): ComponentMetrics {
  const sorted = [...new Set(ids)].sort();
  const index = new Map(sorted.map((id, i) => [id, i]));
  const root = sorted.map((_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]];
    return i;
  };
  const seen = new Set<string>();
  const kept = [...edges]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((e) => index.has(e.source) && index.has(e.target) && !seen.has(e.id) && seen.add(e.id));
  const degree = new Map<string, number>();
  for (const e of kept) {
    for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const [a, b] = [find(index.get(e.source)!), find(index.get(e.target)!)];
    if (a !== b) root[Math.max(a, b)] = Math.min(a, b);
  }
  const members = new Map<number, string[]>();
  sorted.forEach((id, i) => push(members, find(i), id));
  const edgesOf = new Map<number, GraphEdge[]>();
  for (const e of kept) push(edgesOf, find(index.get(e.source)!), e);
  const parts = new Map<string, PartMetrics>();
  let recomputed = 0;
  for (const [c, nodes] of members) {
    const own = edgesOf.get(c) ?? [];
    // A node without edges needs no hash: it is the whole of its component (most nodes of a news graph).
    if (!own.length) {
      parts.set(nodes[0], { part: '', rank: 1, local: 0 });
      continue;
    }
    const part = partHash(nodes, own);
    if (nodes.every((n) => known.get(n)?.part === part)) for (const n of nodes) parts.set(n, { ...known.get(n)! });
    else {
      recomputed += nodes.length;
      for (const [n, m] of computePart(nodes, own)) parts.set(n, { part, ...m });
    }
  }
  return { metrics: number(sorted, [...members.values()], parts, degree), parts, recomputed };
}

function partHash(nodes: string[], edges: GraphEdge[]): string {
  const h = createHash('sha1');
  for (const n of nodes) h.update(`${n}\n`);
  for (const e of edges) h.update(`${e.id}\t${e.source}\t${e.target}\t${e.weight}\n`);
  return h.digest('base64');
}

/** PageRank and Louvain on one component (nodes in id order, edges in id order). */
function computePart(nodes: string[], edges: GraphEdge[]): Map<string, { rank: number; local: number }> {
  const out = new Map<string, { rank: number; local: number }>();
  const g = new MultiDirectedGraph();
  for (const n of nodes) g.addNode(n);
  for (const e of edges) g.addDirectedEdgeWithKey(e.id, e.source, e.target, { weight: e.weight });
  const simple = simpleGraph(nodes, edges);
  const ranks = pagerank(g, { getEdgeWeight: 'weight' });
  // Louvain is randomised; a fixed rng keeps communities the same for the same component.
  const communities = simple.size > 0 ? louvain(simple, { getEdgeWeight: 'weight', rng: seededRandom(42) }) : {};
  for (const n of nodes) out.set(n, { rank: ranks[n], local: communities[n] ?? 0 });
  return out;
}

/** One undirected edge per pair of distinct nodes among `ids`, weights summed (Louvain's and the layout's view). */
export function simpleGraph(ids: string[], edges: GraphEdge[]): UndirectedGraph {
  const simple = new UndirectedGraph();
  for (const n of ids) simple.addNode(n);
  const seen = new Set<string>();
  for (const e of edges) {
    if (e.source === e.target || !simple.hasNode(e.source) || !simple.hasNode(e.target) || seen.has(e.id)) continue;
    seen.add(e.id);
    if (simple.hasEdge(e.source, e.target))
      simple.updateEdgeAttribute(e.source, e.target, 'weight', (w: number) => w + e.weight);
    else simple.addEdge(e.source, e.target, { weight: e.weight });
  }
  return simple;
}

/** Global numbers: components and communities largest first (ties by smallest member id), ranks scaled by share. */
function number(
  ids: string[],
  components: string[][],
  parts: ReadonlyMap<string, PartMetrics>,
  degree: ReadonlyMap<string, number>,
): Map<string, NodeMetrics> {
  const bySize = (a: string[], b: string[]) => b.length - a.length || (a[0] < b[0] ? -1 : 1);
  const componentOf = new Map<string, number>();
  const groups = new Map<string, string[]>();
  components.sort(bySize).forEach((nodes, c) => {
    for (const n of nodes) {
      componentOf.set(n, c);
      push(groups, `${c} ${parts.get(n)!.local}`, n);
    }
  });
  const communityOf = new Map<string, number>();
  [...groups.values()].sort(bySize).forEach((nodes, i) => nodes.forEach((n) => communityOf.set(n, i)));
  const out = new Map<string, NodeMetrics>();
  const share = (n: string) => (components[componentOf.get(n)!].length / ids.length) * parts.get(n)!.rank;
  for (const n of ids)
    out.set(n, {
      degree: degree.get(n) ?? 0,
      pagerank: share(n),
      community: communityOf.get(n)!,
      component: componentOf.get(n)!,
    });
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
