// Turns the API's snapshot into a graphology graph with display attributes; merges later snapshots in place.
import Graph from 'graphology';
import type { GraphEdge, GraphNode } from '@kg/graph';
import type { GraphPayload } from './api.js';

/** Only what drawing, styling and filtering need: sigma copies these for every node on every refresh. */
export interface NodeAttrs {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  entityType: string;
  degree: number;
  pagerank: number;
  community?: number;
}

export interface EdgeAttrs {
  relType: string;
  weight: number;
  size: number;
  color: string;
  /** One source affirms it, another denies it (drawn in DISPUTED_COLOR). */
  disputed: boolean;
}

export type KgGraph = Graph<NodeAttrs, EdgeAttrs>;

export function newGraph(): KgGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed', allowSelfLoops: true });
}

function nodeAttrs(n: GraphNode, x: number, y: number): NodeAttrs {
  return {
    label: n.name,
    x,
    y,
    size: 4,
    color: '#999',
    entityType: String(n.type),
    degree: n.degree ?? 0,
    pagerank: n.pagerank ?? 0,
    community: n.community,
  };
}

const edgeAttrs = (e: GraphEdge): EdgeAttrs => ({
  relType: e.type,
  weight: e.weight,
  size: 1,
  color: '#ccc',
  disputed: e.disputed === true,
});

/** Deterministic spot on a spiral for nodes the store gave no position. */
function spiral(i: number): { x: number; y: number } {
  const r = 10 * Math.sqrt(i + 1);
  const a = i * 2.399963;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

export function buildGraph(data: GraphPayload): { graph: KgGraph; missingPositions: number } {
  const graph = newGraph();
  let missing = 0;
  data.nodes.forEach((n) => {
    const hasPos = Number.isFinite(n.x) && Number.isFinite(n.y);
    const p = hasPos ? { x: n.x as number, y: n.y as number } : spiral(missing++);
    graph.addNode(n.id, nodeAttrs(n, p.x, p.y));
  });
  for (const e of data.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.id))
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttrs(e));
  }
  fillDegrees(graph);
  return { graph, missingPositions: missing };
}

function fillDegrees(graph: KgGraph): void {
  graph.forEachNode((id, a) => {
    if (!a.degree) graph.setNodeAttribute(id, 'degree', graph.degree(id));
  });
}

/**
 * Brings `graph` to the content of `data` without moving what is already placed: new nodes land next
 * to their placed neighbours. Returns the ids that were added.
 */
export function mergeGraph(graph: KgGraph, data: GraphPayload): { nodes: string[]; edges: string[] } {
  dropMissing(graph, new Set(data.nodes.map((n) => n.id)), new Set(data.edges.map((e) => e.id)));
  return addParts(graph, data.nodes, data.edges);
}

/** Adds (or refreshes) these nodes and edges, keeping everything else; new nodes are placed by their neighbours. */
export function addParts(graph: KgGraph, nodes: GraphNode[], edges: GraphEdge[]): { nodes: string[]; edges: string[] } {
  const added = { nodes: [] as string[], edges: [] as string[] };
  const data = { nodes, edges };
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  for (const n of data.nodes) {
    if (graph.hasNode(n.id)) {
      // A path's entities come without analytics: the view's community and PageRank stay (they lost their
      // community colour when a path was shown).
      const a = graph.getNodeAttributes(n.id);
      graph.mergeNodeAttributes(n.id, {
        ...nodeAttrs(n, a.x, a.y),
        size: a.size,
        color: a.color,
        community: n.community ?? a.community,
        pagerank: n.pagerank ?? a.pagerank,
      });
    } else {
      graph.addNode(n.id, nodeAttrs(n, n.x ?? 0, n.y ?? 0));
      added.nodes.push(n.id);
    }
  }
  for (const e of data.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(e.id))
      graph.mergeEdgeAttributes(e.id, { relType: e.type, weight: e.weight, disputed: e.disputed === true });
    else {
      graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttrs(e));
      added.edges.push(e.id);
    }
  }
  placeNewNodes(graph, added.nodes, byId);
  fillDegrees(graph);
  return added;
}

/**
 * Removes the nodes and edges `data` no longer has. Sigma 3 re-indexes the whole graph on every
 * dropped node or edge (a refresh without a partial graph), so dropping them one by one is quadratic:
 * 68 s to narrow 8 000 nodes to one article's 31. Instead the graph is cleared once (one cheap
 * refresh) and what stays is added back with its attributes (each add is a partial refresh).
 */
function dropMissing(graph: KgGraph, nodes: Set<string>, edges: Set<string>): void {
  const keptNodes: Array<[string, NodeAttrs]> = [];
  graph.forEachNode((id, a) => void (nodes.has(id) && keptNodes.push([id, a])));
  const keptEdges: Array<[string, string, string, EdgeAttrs]> = [];
  graph.forEachEdge(
    (id, a, s, t) => void (edges.has(id) && nodes.has(s) && nodes.has(t) && keptEdges.push([id, s, t, a])),
  );
  if (keptNodes.length === graph.order && keptEdges.length === graph.size) return;
  graph.clear();
  for (const [id, a] of keptNodes) graph.addNode(id, a);
  for (const [id, s, t, a] of keptEdges) graph.addDirectedEdgeWithKey(id, s, t, a);
}

function placeNewNodes(graph: KgGraph, ids: string[], byId: Map<string, GraphNode>): void {
  const fresh = new Set(ids);
  ids.forEach((id, i) => {
    let sx = 0,
      sy = 0,
      k = 0;
    graph.forEachNeighbor(id, (nb, a) => {
      if (!fresh.has(nb)) {
        sx += a.x;
        sy += a.y;
        k++;
      }
    });
    const jitter = spiral(i);
    const n = byId.get(id);
    if (k > 0) graph.mergeNodeAttributes(id, { x: sx / k + jitter.x * 0.3, y: sy / k + jitter.y * 0.3 });
    else if (!(Number.isFinite(n?.x) && Number.isFinite(n?.y))) graph.mergeNodeAttributes(id, jitter);
  });
}
