// The overview a big graph opens on: the `budget` most important entities by PageRank and the relations
// among them, chosen on the server so the browser receives only what it draws. Entities with no
// relation among the chosen ones are left out (they would only ring the picture with unlabelled dots):
// an important entity with no link to those chosen before it comes with its most important neighbour.
import type { GraphNode, GraphSnapshot } from '@kg/graph';

/** The overview's default budget; the page's DEFAULT_BUDGET (web/app-state.ts) is the same. */
export const OVERVIEW_BUDGET = 300;
/** The request a page opens with (no filters): the server computes it ahead of the first visitor. */
export const OVERVIEW_QUERY = `budget=${OVERVIEW_BUDGET}&isolated=false`;

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
  const node = new Map(snapshot.nodes.map((n) => [n.id, n]));
  const candidates = snapshot.nodes.filter((n) => adj.get(n.id)!.size > 0).sort(byRank);
  const chosen = new Set<string>();
  for (const c of candidates) {
    if (chosen.size >= budget) break;
    if (chosen.has(c.id)) continue;
    const near = [...adj.get(c.id)!];
    if (near.some((m) => chosen.has(m))) chosen.add(c.id);
    else if (chosen.size + 2 <= budget) {
      // Not linked to anything chosen yet: it comes with its most important neighbour, so it is not alone.
      chosen.add(c.id);
      chosen.add(near.map((m) => node.get(m)!).sort(byRank)[0].id);
    }
  }
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
