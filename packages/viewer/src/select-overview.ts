// The overview a big graph opens on: the `budget` most important entities by PageRank and the relations
// among them, chosen on the server so the browser receives only what it draws. Entities with no
// relation among the chosen ones are left out (they would only ring the picture with unlabelled dots);
// the next-ranked entities that do connect take their places.
import type { GraphNode, GraphSnapshot } from '@kg/graph';

export interface Overview extends GraphSnapshot {
  /** Size of the graph the overview was chosen from (after the caller's filters). */
  total: { nodes: number; edges: number };
}

/** Neighbour ids per node over the snapshot's edges (self-loops ignored). */
export function neighbourIndex(snapshot: GraphSnapshot): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  for (const n of snapshot.nodes) adj.set(n.id, new Set());
  for (const e of snapshot.edges) {
    if (e.source === e.target) continue;
    adj.get(e.source)?.add(e.target);
    adj.get(e.target)?.add(e.source);
  }
  return adj;
}

/** Highest PageRank first; ties by id so the choice is stable. */
export const byRank = (a: GraphNode, b: GraphNode): number =>
  (b.pagerank ?? 0) - (a.pagerank ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function selectOverview(snapshot: GraphSnapshot, budget: number): Overview {
  if (!Number.isInteger(budget) || budget < 1)
    throw new RangeError(`selectOverview: expected budget to be a positive integer, got ${budget}`);
  const adj = neighbourIndex(snapshot);
  const candidates = snapshot.nodes.filter((n) => adj.get(n.id)!.size > 0).sort(byRank);
  const chosen = new Set(candidates.slice(0, budget).map((n) => n.id));
  const linked = (id: string) => [...adj.get(id)!].some((m) => chosen.has(m));
  for (const id of [...chosen]) if (!linked(id)) chosen.delete(id);
  // Removing an unlinked node cannot unlink another, so one pass of backfilling keeps the invariant.
  for (let i = budget; i < candidates.length && chosen.size < budget; i++)
    if (linked(candidates[i].id)) chosen.add(candidates[i].id);
  return {
    ...restrict(snapshot, chosen),
    truncated: snapshot.truncated || chosen.size < snapshot.nodes.length,
    total: { nodes: snapshot.nodes.length, edges: snapshot.edges.length },
  };
}

/** The snapshot cut down to `ids` (nodes in PageRank order) and the edges among them. */
export function restrict(snapshot: GraphSnapshot, ids: ReadonlySet<string>): GraphSnapshot {
  return {
    nodes: snapshot.nodes.filter((n) => ids.has(n.id)).sort(byRank),
    edges: snapshot.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    documents: snapshot.documents,
    truncated: snapshot.truncated,
  };
}
