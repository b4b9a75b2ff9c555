// Collapsing a community: its members in the loaded view become one node named after its most important
// members, and their relations to the rest of the view become relations of that node (one per other end
// and type, weights summed). Done on the payload before it reaches the graph, so the graph changes in one
// merge (sigma re-indexes everything on each dropped node); opening the community again is a reload.
import type { GraphEdge, GraphNode } from '@kg/graph';
import type { GraphPayload } from './api.js';

export const COMMUNITY_NODE_PREFIX = 'community:';
export const COMMUNITY_TYPE = 'Community';

/** The community a collapsed node stands for, or null for an entity. */
export function collapsedCommunity(node: string): number | null {
  return node.startsWith(COMMUNITY_NODE_PREFIX) ? Number(node.slice(COMMUNITY_NODE_PREFIX.length)) : null;
}

export function collapseCommunities(data: GraphPayload, communities: ReadonlySet<number>): GraphPayload {
  if (!communities.size) return data;
  const groups = new Map<number, GraphNode[]>();
  for (const n of data.nodes)
    if (n.community !== undefined && communities.has(n.community))
      groups.set(n.community, [...(groups.get(n.community) ?? []), n]);
  const into = new Map<string, string>();
  const summaries: GraphNode[] = [];
  for (const [c, members] of groups) {
    if (members.length < 2) continue;
    const key = `${COMMUNITY_NODE_PREFIX}${c}`;
    for (const m of members) into.set(m.id, key);
    const ranked = [...members].sort((a, b) => (b.pagerank ?? 0) - (a.pagerank ?? 0));
    const names = ranked.slice(0, 2).map((m) => m.name);
    const mean = (k: 'x' | 'y') => members.reduce((s, m) => s + (m[k] ?? 0), 0) / members.length;
    summaries.push({
      id: key,
      name: `${names.join(', ')} +${members.length - names.length}`,
      type: COMMUNITY_TYPE,
      aliases: [],
      mentions: members.reduce((s, m) => s + m.mentions, 0),
      pagerank: members.reduce((s, m) => s + (m.pagerank ?? 0), 0),
      community: c,
      x: mean('x'),
      y: mean('y'),
    });
  }
  if (!into.size) return data;
  const edges = new Map<string, GraphEdge>();
  for (const e of data.edges) {
    const [s, t] = [into.get(e.source) ?? e.source, into.get(e.target) ?? e.target];
    if (s === t && (into.has(e.source) || into.has(e.target))) continue;
    const id = `${s}|${e.type}|${t}`;
    const seen = edges.get(id);
    if (seen) edges.set(id, { ...seen, weight: seen.weight + e.weight });
    else edges.set(id, { ...e, id, source: s, target: t });
  }
  return {
    ...data,
    nodes: [...data.nodes.filter((n) => !into.has(n.id)), ...summaries],
    edges: [...edges.values()],
  };
}
