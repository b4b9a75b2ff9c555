// The bench baseline: the same /api/graph payload drawn by a plain Sigma page with default settings (the
// page's query string is passed on: ?budget=300, ?focus=<id>… ask for the view the viewer draws).
import Graph from 'graphology';
import Sigma from 'sigma';

interface Payload {
  nodes: Array<{ id: string; name: string; x: number; y: number; degree?: number }>;
  edges: Array<{ id: string; source: string; target: string }>;
}

const data = (await (await fetch(`./api/graph${location.search}`)).json()) as Payload;
performance.mark('kg:fetched');
const graph = new Graph({ multi: true, type: 'directed' });
for (const n of data.nodes)
  graph.addNode(n.id, { label: n.name, x: n.x, y: n.y, size: 3 + Math.sqrt(n.degree ?? 1), color: '#2e86ab' });
for (const e of data.edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { size: 1 });
performance.mark('kg:built');
const sigma = new Sigma(graph, document.getElementById('graph') as HTMLElement);
performance.mark('kg:drawn');
const viewer = { graph, sigma, firstFrameAt: 0 };
(window as unknown as { __kgViewer: typeof viewer }).__kgViewer = viewer;
requestAnimationFrame(() => (viewer.firstFrameAt = performance.now()));
