// Filters computed on a small graph: types, relationship types, degree, weight and n-hop focus.
import { emptyFilters, type Filters } from '../../web/app-state.js';
import { buildGraph } from '../../web/build-graph.js';
import { computeVisible } from '../../web/visibility.js';

// a -LEADS-> b -MEETS-> c -MEETS-> d ; a -SAYS(weight 3)-> e
const payload = {
  store: 'embedded' as const,
  truncated: false,
  documentTotal: 0,
  nodes: [
    ['a', 'Person'],
    ['b', 'Place'],
    ['c', 'Person'],
    ['d', 'Organization'],
    ['e', 'Concept'],
  ].map(([id, type]) => ({ id, name: id.toUpperCase(), type, aliases: [], mentions: 1, x: 0, y: 0 })),
  edges: [
    ['a', 'LEADS', 'b', 1],
    ['b', 'MEETS', 'c', 1],
    ['c', 'MEETS', 'd', 1],
    ['a', 'SAYS', 'e', 3],
  ].map(([s, t, o, w]) => ({
    id: `${s}|${t}|${o}`,
    source: s as string,
    target: o as string,
    type: t as string,
    weight: w as number,
    phrases: [],
    evidence: [],
  })),
};

const f = (patch: Partial<Filters>): Filters => ({ ...emptyFilters(), ...patch });

test('no active filter means everything is visible (null)', () => {
  expect(computeVisible(buildGraph(payload).graph, emptyFilters())).toBeNull();
});

test.each([
  ['hidden type Person', f({ hiddenTypes: new Set(['Person']) }), ['b', 'd', 'e'], []],
  ['hidden rel MEETS', f({ hiddenRelTypes: new Set(['MEETS']) }), ['a', 'b', 'c', 'd', 'e'], ['a|LEADS|b', 'a|SAYS|e']],
  ['min degree 2', f({ minDegree: 2 }), ['a', 'b', 'c'], ['a|LEADS|b', 'b|MEETS|c']],
  ['min weight 2', f({ minWeight: 2 }), ['a', 'b', 'c', 'd', 'e'], ['a|SAYS|e']],
  ['focus b, 1 hop', f({ focus: 'b', hops: 1 }), ['a', 'b', 'c'], ['a|LEADS|b', 'b|MEETS|c']],
  [
    'focus b, 2 hops',
    f({ focus: 'b', hops: 2 }),
    ['a', 'b', 'c', 'd', 'e'],
    ['a|LEADS|b', 'b|MEETS|c', 'c|MEETS|d', 'a|SAYS|e'],
  ],
  [
    'focus b, 2 hops, MEETS hidden',
    f({ focus: 'b', hops: 2, hiddenRelTypes: new Set(['MEETS']) }),
    ['a', 'b', 'e'],
    ['a|LEADS|b', 'a|SAYS|e'],
  ],
])('%s', (_name, filters, nodes, edges) => {
  const v = computeVisible(buildGraph(payload).graph, filters);
  expect([...(v?.nodes ?? [])].sort()).toEqual(nodes);
  expect([...(v?.edges ?? [])].sort()).toEqual([...edges].sort());
});
