// The graphology standard library, imported once. Those packages ship CommonJS with ESM-style
// typings: at run time the default import is the callable itself, while TypeScript (NodeNext) sees
// it on `.default`; unwrap() bridges the two.
import pagerankCjs from 'graphology-metrics/centrality/pagerank.js';
import louvainCjs from 'graphology-communities-louvain';
import fa2Cjs from 'graphology-layout-forceatlas2';

export { MultiDirectedGraph, UndirectedGraph } from 'graphology';

function unwrap<T>(m: { default: T }): T {
  return typeof m === 'function' || !('default' in m) ? (m as unknown as T) : m.default;
}

export const pagerank: typeof pagerankCjs.default = unwrap(pagerankCjs);
export const louvain: typeof louvainCjs.default = unwrap(louvainCjs);
export const forceAtlas2: typeof fa2Cjs.default = unwrap(fa2Cjs);
