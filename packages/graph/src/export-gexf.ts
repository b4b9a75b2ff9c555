// exportGexf(): GEXF 1.3 for Gephi via graphology-gexf (list attributes joined with "; ").
import gexfCjs from 'graphology-gexf/node/index.js';
import { snapshotGraph } from './export-json.js';
import type { ClaimView, GraphSnapshot } from './types.js';

const gexf = (
  typeof (gexfCjs as { write?: unknown }).write === 'function'
    ? gexfCjs
    : (gexfCjs as unknown as { default: typeof gexfCjs }).default
) as typeof gexfCjs;

export function exportGexf(snap: GraphSnapshot, claims: ClaimView[] = []): string {
  // Asked for explicitly: the library's default (1.2) writes the viz namespace as "http:///www.gexf.net/…"
  // (three slashes; graphology-gexf 0.13.2, common/writer.js), which strict XML tools reject.
  return gexf.write(snapshotGraph(snap, true, claims), { pretty: true, version: '1.3' });
}
