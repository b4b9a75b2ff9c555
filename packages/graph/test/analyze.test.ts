// analyze(): degree, PageRank, communities, components and a deterministic layout.
import { analyze, type GraphNode } from '@kg/graph';
import { graphEdge as edge } from './fixtures.js';

const node = (id: string): GraphNode => ({ id, name: id, type: 'Person', aliases: [], mentions: 1 });

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

  test('with the previous positions, an unchanged graph keeps its layout exactly', () => {
    const first = graph();
    analyze(first.nodes, first.edges);
    const previous = new Map(first.nodes.map((n) => [n.id, { x: n.x!, y: n.y! }]));
    const again = graph();
    analyze(again.nodes, again.edges, {}, previous);
    expect(again.nodes.map((n) => [n.x, n.y])).toEqual(first.nodes.map((n) => [n.x, n.y]));
  });

  test('an added node settles beside its neighbour while the known nodes barely move', () => {
    const first = graph();
    analyze(first.nodes, first.edges);
    const previous = new Map(first.nodes.map((n) => [n.id, { x: n.x!, y: n.y! }]));
    const next = graph();
    next.nodes.push(node('new'));
    next.edges.push(edge('new', 'a', 2));
    analyze(next.nodes, next.edges, {}, previous);
    const at = Object.fromEntries(next.nodes.map((n) => [n.id, n]));
    const extent = Math.max(...first.nodes.map((n) => Math.hypot(n.x!, n.y!)));
    const moved = first.nodes.map((n) => Math.hypot(at[n.id].x! - n.x!, at[n.id].y! - n.y!));
    const distToA = Math.hypot(at.new.x! - at.a.x!, at.new.y! - at.a.y!);
    const distToX = Math.hypot(at.new.x! - at.x.x!, at.new.y! - at.x.y!);
    expect(distToA).toBeLessThan(distToX);
    expect(Math.max(...moved)).toBeLessThan(extent);
  });

  test('previous positions covering under half of the nodes are ignored (a full layout instead)', () => {
    const fresh = graph();
    analyze(fresh.nodes, fresh.edges);
    const seeded = graph();
    analyze(seeded.nodes, seeded.edges, {}, new Map([['a', { x: 1e6, y: 1e6 }]]));
    expect(seeded.nodes.map((n) => [n.x, n.y])).toEqual(fresh.nodes.map((n) => [n.x, n.y]));
  });
});
