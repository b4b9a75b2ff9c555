// analyze(): degree, PageRank, communities, components and a deterministic layout.
import { analyze, type GraphEdge, type GraphNode } from '@kg/graph';

const node = (id: string): GraphNode => ({ id, name: id, type: 'Person', aliases: [], mentions: 1 });
const edge = (s: string, t: string, weight = 1): GraphEdge => ({ id: `${s}|R|${t}`, source: s, target: t, type: 'R', weight, phrases: [], evidence: [] });

function graph() {
  // Two triangles joined by nothing, plus a lone node.
  const nodes = ['a', 'b', 'c', 'x', 'y', 'z', 'lone'].map(node);
  const edges = [edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('x', 'y'), edge('y', 'z'), edge('z', 'x', 3)];
  return { nodes, edges };
}

describe('analyze', () => {
  test('degree, components (largest first, ties by smallest id) and communities', () => {
    const { nodes, edges } = graph();
    analyze(nodes, edges);
    const by = Object.fromEntries(nodes.map((n) => [n.id, n]));
    expect(nodes.map((n) => n.degree)).toEqual([2, 2, 2, 2, 2, 2, 0]);
    expect(['a', 'b', 'c', 'x', 'y', 'z', 'lone'].map((id) => by[id].component)).toEqual([0, 0, 0, 1, 1, 1, 2]);
    expect(new Set(['a', 'b', 'c'].map((id) => by[id].community)).size).toBe(1);
    expect(by.a.community).not.toBe(by.x.community);
    const total = nodes.reduce((s, n) => s + n.pagerank!, 0);
    expect(total).toBeCloseTo(1, 5);
  });

  test('the layout is deterministic and gives every node a finite position', () => {
    const one = graph();
    const two = graph();
    analyze(one.nodes, one.edges);
    analyze(two.nodes, two.edges);
    expect(one.nodes.map((n) => [n.x, n.y])).toEqual(two.nodes.map((n) => [n.x, n.y]));
    expect(one.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  test('above layoutMaxNodes no positions are computed', () => {
    const { nodes, edges } = graph();
    analyze(nodes, edges, { layoutMaxNodes: 3 });
    expect(nodes.every((n) => n.x === undefined)).toBe(true);
  });
});
