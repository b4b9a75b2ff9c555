// exportJson(): graphology's own serialisation (graph.export()) of the snapshot, analytics included, and
// its claims as Claim nodes with CLAIMED/ABOUT edges (exportParts).
import { exportParts } from './export-claims.js';
import { MultiDirectedGraph } from './graphology-libs.js';
import type { ClaimView, GraphSnapshot } from './types.js';

/** The snapshot and its claims as a graphology graph; array attributes kept as arrays unless `flat` joins them. */
export function snapshotGraph(snap: GraphSnapshot, flat = false, claims: ClaimView[] = []): MultiDirectedGraph {
  const parts = exportParts(snap, claims);
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
  for (const e of parts.edges) {
    const attrs: Record<string, unknown> = {
      type: e.type,
      label: e.type,
      weight: e.weight,
      phrases: list(e.phrases),
      evidence: list(e.evidence),
    };
    if (e.firstSeen) attrs.firstSeen = e.firstSeen;
    if (e.lastSeen) attrs.lastSeen = e.lastSeen;
    if (e.support !== undefined) attrs.support = e.support;
    if (e.outlets) attrs.outlets = list(e.outlets);
    if (e.disputed) attrs.disputed = true;
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, attrs);
  }
  for (const c of parts.claims) g.addNode(c.id, { label: c.text, type: 'Claim', size: 1, ...c });
  for (const l of parts.links) g.addDirectedEdgeWithKey(l.id, l.source, l.target, { type: l.type, label: l.type });
  return g;
}

export function exportJson(snap: GraphSnapshot, claims: ClaimView[] = []): string {
  return JSON.stringify(snapshotGraph(snap, false, claims).export(), null, 2) + '\n';
}
