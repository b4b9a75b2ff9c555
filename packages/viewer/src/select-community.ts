// Focus on one community: its most important entities (PageRank) within the node budget and the
// relations among them, chosen like the overview but inside the community.
import type { GraphSnapshot } from '@kg/graph';
import { restrict, selectOverview, type Overview } from './select-overview.js';

/** Null when no entity of the snapshot belongs to `community`. */
export function selectCommunity(snapshot: GraphSnapshot, community: number, budget: number): Overview | null {
  const ids = new Set(snapshot.nodes.filter((n) => n.community === community).map((n) => n.id));
  if (ids.size === 0) return null;
  return selectOverview(restrict(snapshot, ids), budget);
}
