// Browser entry: fetch the graph from the API and render it with Sigma.
import Graph from 'graphology';
import Sigma from 'sigma';

const res = await fetch('./api/graph');
const data = (await res.json()) as { nodes: Array<{ id: string; name: string }>; edges: Array<{ id: string; source: string; target: string }> };
const graph = new Graph({ multi: true });
data.nodes.forEach((n, i) => graph.addNode(n.id, { label: n.name, x: Math.cos(i), y: Math.sin(i), size: 5 }));
data.edges.forEach((e) => graph.addEdgeWithKey(e.id, e.source, e.target));
new Sigma(graph, document.getElementById('graph') as HTMLElement);
