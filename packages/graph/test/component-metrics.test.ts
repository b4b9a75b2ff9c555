// componentMetrics(): per-component PageRank and Louvain, reused for the components a change left alone,
// with the same results as computing the changed graph afresh.
import { componentMetrics } from '@kg/graph';
import { graphEdge as edge } from './fixtures.js';

// Two triangles (one with a tail), a pair, two lone nodes.
const ids = ['a', 'b', 'c', 'd', 'x', 'y', 'z', 'p', 'q', 'lone', 'solo'];
const edges = [
  edge('a', 'b'),
  edge('b', 'c'),
  edge('c', 'a'),
  edge('c', 'd'),
  edge('x', 'y'),
  edge('y', 'z'),
  edge('z', 'x', 3),
  edge('p', 'q'),
];

test('components and communities are numbered largest first, ranks sum to 1 and follow the component share', () => {
  const { metrics } = componentMetrics(ids, edges);
  const m = (id: string) => metrics.get(id)!;
  expect(ids.map((id) => m(id).component)).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4]);
  expect(ids.map((id) => m(id).degree)).toEqual([2, 2, 3, 1, 2, 2, 2, 1, 1, 0, 0]);
  expect([...metrics.values()].reduce((s, v) => s + v.pagerank, 0)).toBeCloseTo(1, 9);
  expect(m('lone').pagerank).toBeCloseTo(1 / ids.length, 12);
  expect(m('p').pagerank + m('q').pagerank).toBeCloseTo(2 / ids.length, 12);
  expect(new Set(['x', 'y', 'z'].map((id) => m(id).community)).size).toBe(1);
  expect(m('x').community).not.toBe(m('p').community);
  expect(m('lone').community).not.toBe(m('solo').community);
});

test.each([
  ['a heavier edge', [...edges.slice(0, 7), edge('p', 'q', 2)], 2],
  ['a new node joining a component', [...edges, edge('d', 'new')], 5],
  ['a component split in two', edges.filter((e) => e.id !== 'c|R|d'), 3],
  ['two components joined', [...edges, edge('q', 'x')], 5],
])('after %s only the changed components are computed, and the result equals a fresh one', (_what, next, changed) => {
  const nextIds = [...ids, 'new'];
  const before = componentMetrics(nextIds.slice(0, -1), edges);
  const again = componentMetrics(nextIds, next, before.parts);
  expect(again.recomputed).toBe(changed);
  const fresh = componentMetrics(nextIds, next);
  expect(again.metrics).toEqual(fresh.metrics);
  expect(again.parts).toEqual(fresh.parts);
});

test('parts that do not match (stale or forged) are not reused', () => {
  const { parts } = componentMetrics(ids, edges);
  const forged = new Map([...parts].map(([id, p]) => [id, { ...p, rank: 0.5, local: 7 }]));
  forged.set('a', { ...forged.get('a')!, part: 'other' });
  const again = componentMetrics(ids, edges, forged);
  expect(again.recomputed).toBe(4); // a's component; the others are taken as given
  expect(again.parts.get('a')).toEqual(parts.get('a'));
});
