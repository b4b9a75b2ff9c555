// Server-side narrowing after the store's filters: entity and relation types to leave out (the page
// sends what it hides, so a budget is spent on what will be drawn) and entities related to nothing (the
// ring of unconnected dots a news graph grows; the page hides them unless asked).
import type { GraphSnapshot } from '@kg/graph';

export interface Narrowing {
  hideTypes?: string[];
  hideRelTypes?: string[];
  /** False: leave out entities with no relation left after the other filters. */
  isolated?: boolean;
}

export function narrowSnapshot(snapshot: GraphSnapshot, n: Narrowing): GraphSnapshot {
  const hideTypes = new Set(n.hideTypes ?? []);
  const hideRels = new Set(n.hideRelTypes ?? []);
  if (!hideTypes.size && !hideRels.size && n.isolated !== false) return snapshot;
  let nodes = snapshot.nodes.filter((x) => !hideTypes.has(String(x.type)));
  const kept = new Set(nodes.map((x) => x.id));
  const edges = snapshot.edges.filter((e) => !hideRels.has(e.type) && kept.has(e.source) && kept.has(e.target));
  if (n.isolated === false) {
    const related = new Set<string>();
    for (const e of edges) if (e.source !== e.target) related.add(e.source).add(e.target);
    nodes = nodes.filter((x) => related.has(x.id));
  }
  return { ...snapshot, nodes, edges };
}
