// Communities as places to go: the Louvain communities the analysis found (GraphNode.community), each
// summed up by its size, its most important entities (PageRank) and its most frequent relation types.
import type { GraphNode, GraphSnapshot } from '@kg/graph';
import { byRank } from './select-overview.js';

export interface CommunitySummary {
  id: number;
  /** Entities in the community (within the caller's filters). */
  size: number;
  /** Relations with both ends in it. */
  edges: number;
  top: Array<Pick<GraphNode, 'id' | 'name' | 'type'>>;
  relTypes: Array<{ type: string; count: number }>;
}

export interface CommunityListOptions {
  /** Entities named per community. */
  top: number;
  /** Communities listed, biggest first. */
  limit: number;
}

export const DEFAULT_COMMUNITY_LIST: CommunityListOptions = { top: 5, limit: 30 };

/** Biggest first; a "community" of one entity (nothing related to it) is no place to go and is left out. */
export function listCommunities(
  snapshot: GraphSnapshot,
  options: Partial<CommunityListOptions> = {},
): { communities: CommunitySummary[]; total: number } {
  const top = options.top ?? DEFAULT_COMMUNITY_LIST.top;
  const limit = options.limit ?? DEFAULT_COMMUNITY_LIST.limit;
  const members = new Map<number, GraphNode[]>();
  const communityOf = new Map<string, number>();
  for (const n of snapshot.nodes) {
    if (n.community === undefined) continue;
    communityOf.set(n.id, n.community);
    members.set(n.community, [...(members.get(n.community) ?? []), n]);
  }
  const rels = new Map<number, Map<string, number>>();
  for (const e of snapshot.edges) {
    const c = communityOf.get(e.source);
    if (c === undefined || c !== communityOf.get(e.target) || e.source === e.target) continue;
    const counts = rels.get(c) ?? new Map<string, number>();
    counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    rels.set(c, counts);
  }
  const all = [...members.entries()]
    .filter(([c, ns]) => ns.length > 1 && rels.has(c))
    .map(([id, ns]): CommunitySummary => {
      const counts = [...rels.get(id)!.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      return {
        id,
        size: ns.length,
        edges: counts.reduce((s, [, k]) => s + k, 0),
        top: [...ns]
          .sort(byRank)
          .slice(0, top)
          .map((n) => ({ id: n.id, name: n.name, type: n.type })),
        relTypes: counts.slice(0, 3).map(([type, count]) => ({ type, count })),
      };
    })
    .sort((a, b) => b.size - a.size || b.edges - a.edges || a.id - b.id);
  return { communities: all.slice(0, limit), total: all.length };
}
