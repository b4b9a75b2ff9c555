// Details on demand: an entity and its neighbourhood (1 or 2 hops) within a node budget — nearer
// entities first, then the more important (PageRank) — and the relations among them.
import type { GraphSnapshot } from '@kg/graph';
import { byRank, neighbourIndex, restrict, type Overview } from './select-overview.js';

export const MAX_EGO_HOPS = 2;

/** Null when `id` is not in the snapshot. */
export function selectEgo(snapshot: GraphSnapshot, id: string, hops: number, budget: number): Overview | null {
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_EGO_HOPS)
    throw new RangeError(`selectEgo: expected hops to be 1..${MAX_EGO_HOPS}, got ${hops}`);
  if (!Number.isInteger(budget) || budget < 1)
    throw new RangeError(`selectEgo: expected budget to be a positive integer, got ${budget}`);
  const adj = neighbourIndex(snapshot);
  if (!adj.has(id)) return null;
  const node = new Map(snapshot.nodes.map((n) => [n.id, n]));
  const chosen = new Set([id]);
  let ring = [id];
  for (let d = 1; d <= hops && chosen.size < budget; d++) {
    const next = new Set<string>();
    for (const r of ring) for (const m of adj.get(r)!) if (!chosen.has(m)) next.add(m);
    ring = [...next]
      .map((m) => node.get(m)!)
      .sort(byRank)
      .slice(0, budget - chosen.size)
      .map((n) => n.id);
    for (const m of ring) chosen.add(m);
  }
  return {
    ...restrict(snapshot, chosen),
    truncated: chosen.size < snapshot.nodes.length,
    total: { nodes: snapshot.nodes.length, edges: snapshot.edges.length },
  };
}
