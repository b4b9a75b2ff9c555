// exportJson(): graphology's own serialisation (graph.export()) of the snapshot, analytics included.
import { MultiDirectedGraph } from './graphology-libs.js';
import type { GraphSnapshot } from './types.js';

/** The snapshot as a graphology graph; array attributes kept as arrays unless `flat` joins them. */
export function snapshotGraph(snap: GraphSnapshot, flat = false): MultiDirectedGraph {
  const list = (v: string[]) => (flat ? v.join('; ') : v);
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of snap.nodes) {
    const attrs: Record<string, unknown> = {
      label: n.name,
      name: n.name,
      type: n.type,
      aliases: list(n.aliases),
      mentions: n.mentions,
    };
    for (const k of ['degree', 'pagerank', 'community', 'component', 'x', 'y'] as const)
      if (n[k] !== undefined) attrs[k] = n[k];
    attrs.size = 1 + Math.sqrt(n.degree ?? 0);
    g.addNode(n.id, attrs);
  }
  for (const e of snap.edges) {
    const attrs: Record<string, unknown> = {
      type: e.type,
      label: e.type,
      weight: e.weight,
      phrases: list(e.phrases),
      evidence: list(e.evidence),
    };
    if (e.firstSeen) attrs.firstSeen = e.firstSeen;
    if (e.lastSeen) attrs.lastSeen = e.lastSeen;
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, attrs);
  }
  return g;
}

export function exportJson(snap: GraphSnapshot): string {
  return JSON.stringify(snapshotGraph(snap).export(), null, 2) + '\n';
}
