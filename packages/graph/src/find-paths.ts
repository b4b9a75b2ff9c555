// How are two entities connected: the shortest paths between them by hop count (relations followed in
// either direction), the best-supported first. The embedded store's answer, over its snapshot's edges;
// the Neo4j store asks the server instead (neo4jPaths) and orders the same way (rankPaths).
import type { GraphEdge, GraphPath, PathOptions } from './types.js';

export const DEFAULT_PATH_OPTIONS: PathOptions = { k: 3, maxHops: 6 };
/** Shortest paths considered before ranking: enough to rank by support without enumerating a hairball. */
export const PATH_CANDIDATES = 200;

export function resolvePathOptions(partial: Partial<PathOptions> = {}): PathOptions {
  const o = { ...DEFAULT_PATH_OPTIONS, ...partial };
  if (!Number.isInteger(o.k) || o.k < 1 || o.k > 20)
    throw new RangeError(`resolvePathOptions: expected k to be an integer 1..20, got ${o.k}`);
  if (!Number.isInteger(o.maxHops) || o.maxHops < 1 || o.maxHops > 8)
    throw new RangeError(`resolvePathOptions: expected maxHops to be an integer 1..8, got ${o.maxHops}`);
  return o;
}

/** Most evidence first (sum of the hops' supporting sentences), then by node ids for a stable order. */
export function rankPaths(paths: GraphPath[], k: number): GraphPath[] {
  return [...paths]
    .sort((a, b) => b.weight - a.weight || a.nodes.join('\u0000').localeCompare(b.nodes.join('\u0000')))
    .slice(0, k);
}

/** Null when either entity is not among `nodeIds`. */
export function findPaths(
  nodeIds: Iterable<string>,
  edges: GraphEdge[],
  from: string,
  to: string,
  partial: Partial<PathOptions> = {},
): GraphPath[] | null {
  const { k, maxHops } = resolvePathOptions(partial);
  const adj = new Map<string, Array<{ edge: GraphEdge; other: string }>>();
  for (const id of nodeIds) adj.set(id, []);
  if (!adj.has(from) || !adj.has(to)) return null;
  if (from === to) return [{ nodes: [from], edges: [], weight: 0 }];
  for (const e of edges) {
    if (e.source === e.target) continue;
    adj.get(e.source)?.push({ edge: e, other: e.target });
    adj.get(e.target)?.push({ edge: e, other: e.source });
  }
  // Breadth first from `from` until `to`'s level: dist then names every node's hop count.
  const dist = new Map([[from, 0]]);
  let ring = [from];
  for (let d = 1; d <= maxHops && ring.length && !dist.has(to); d++) {
    const next: string[] = [];
    for (const n of ring)
      for (const { other } of adj.get(n)!)
        if (!dist.has(other)) {
          dist.set(other, d);
          next.push(other);
        }
    ring = next;
  }
  if (!dist.has(to)) return [];
  // Every shortest path walks back from `to` one level at a time.
  const found: GraphPath[] = [];
  const walk = (node: string, nodes: string[], via: GraphEdge[]): void => {
    if (found.length >= PATH_CANDIDATES) return;
    if (node === from) {
      const hops = [...via].reverse();
      found.push({
        nodes: [...nodes].reverse(),
        edges: hops.map((e) => e.id),
        weight: hops.reduce((s, e) => s + e.weight, 0),
      });
      return;
    }
    const d = dist.get(node)!;
    for (const { edge, other } of adj.get(node)!)
      if (dist.get(other) === d - 1) walk(other, [...nodes, other], [...via, edge]);
  };
  walk(to, [to], []);
  return rankPaths(found, k);
}
