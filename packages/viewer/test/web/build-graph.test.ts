// Snapshot → graphology, and merging a later snapshot in place (what an import does to the page).
import { addParts, buildGraph, mergeGraph } from '../../web/build-graph.js';

const node = (id: string, x?: number, y?: number) => ({ id, name: id, type: 'Person', aliases: [], mentions: 1, x, y });
const edge = (s: string, o: string) => ({
  id: `${s}|REL|${o}`,
  source: s,
  target: o,
  type: 'REL',
  weight: 1,
  phrases: [],
  evidence: [],
});
const payload = (nodes: ReturnType<typeof node>[], edges: ReturnType<typeof edge>[]) => ({
  store: 'embedded' as const,
  truncated: false,
  documentTotal: 0,
  nodes,
  edges,
});

test('stored positions are kept; missing ones are counted and placed deterministically', () => {
  const { graph, missingPositions } = buildGraph(
    payload([node('a', 1, 2), node('b')], [edge('a', 'b'), edge('a', 'zz')]),
  );
  expect(graph.getNodeAttributes('a')).toMatchObject({ x: 1, y: 2, label: 'a', entityType: 'Person', degree: 1 });
  expect(missingPositions).toBe(1);
  expect(Number.isFinite(graph.getNodeAttribute('b', 'x'))).toBe(true);
  expect(graph.size).toBe(1); // the edge to an unknown node is dropped
});

test('mergeGraph keeps placed nodes where they are, adds new ones next to their neighbours, drops removed ones', () => {
  const { graph } = buildGraph(payload([node('a', 10, 10), node('b', 20, 20), node('gone', 0, 0)], [edge('a', 'b')]));
  graph.setNodeAttribute('a', 'x', 99); // moved by the layout in the page
  const added = mergeGraph(
    graph,
    payload([node('a', 10, 10), node('b', 20, 20), node('c', -500, -500)], [edge('a', 'b'), edge('a', 'c')]),
  );
  expect(added).toEqual({ nodes: ['c'], edges: ['a|REL|c'] });
  expect(graph.hasNode('gone')).toBe(false);
  expect(graph.getNodeAttribute('a', 'x')).toBe(99);
  const c = graph.getNodeAttributes('c');
  expect(Math.hypot(c.x - 99, c.y - 10)).toBeLessThan(10);
});

test('narrowing the graph clears it once instead of dropping node by node (sigma re-indexes on every drop)', () => {
  const nodes = Array.from({ length: 50 }, (_, i) => node(`n${i}`, i, i));
  const { graph } = buildGraph(payload(nodes, [edge('n0', 'n1'), edge('n1', 'n2'), edge('n2', 'n3')]));
  graph.setNodeAttribute('n1', 'x', 77);
  const events = { dropped: 0, cleared: 0 };
  graph.on('nodeDropped', () => events.dropped++);
  graph.on('edgeDropped', () => events.dropped++);
  graph.on('cleared', () => events.cleared++);
  const added = mergeGraph(graph, payload([node('n1', 1, 1), node('n2', 2, 2)], [edge('n1', 'n2')]));
  expect(added).toEqual({ nodes: [], edges: [] });
  expect(events).toEqual({ dropped: 0, cleared: 1 });
  expect(graph.nodes()).toEqual(['n1', 'n2']);
  expect(graph.edges()).toEqual(['n1|REL|n2']);
  expect(graph.getNodeAttribute('n1', 'x')).toBe(77);
  // Nothing to remove: no clear either.
  mergeGraph(graph, payload([node('n1', 1, 1), node('n2', 2, 2)], [edge('n1', 'n2')]));
  expect(events.cleared).toBe(1);
});

test("addParts (a path's entities, without analytics) keeps the community and PageRank of those already drawn", () => {
  const { graph } = buildGraph(payload([{ ...node('a', 1, 1), community: 3, pagerank: 0.2 }], []));
  const added = addParts(graph, [node('a'), node('b')], [edge('a', 'b')]);
  expect(added).toEqual({ nodes: ['b'], edges: ['a|REL|b'] });
  expect(graph.getNodeAttributes('a')).toMatchObject({ community: 3, pagerank: 0.2, x: 1, y: 1 });
  expect(graph.getNodeAttributes('b').community).toBeUndefined();
});
