// The overview (PageRank budget) and ego views of GET /api/graph on both real stores: the embedded
// store in a temporary directory and the Neo4j the test setup starts (confined to this file's document).
import { createViewerServer } from '../src/create-viewer-server.js';
import { closeAll, request } from './fixtures/http.js';
import { fixtureId } from '../../graph/test/fixtures.js';
import { starArticle } from './fixtures/star-article.js';
import { uniqueTag } from '../../../test/neo4j-env.js';
import { realStores } from './fixtures/real-stores.js';

const { kinds, close } = realStores('kg-views-');
afterAll(async () => {
  await closeAll();
  await close();
});

describe.each(kinds)('GET /api/graph views on the %s store', (_kind, open) => {
  let url: (q: string) => string;
  let id: (name: string) => string;
  let get: (q: string) => Promise<{ status: number; body: any }>;

  beforeAll(async () => {
    const tag = uniqueTag('views');
    const store = await open();
    await store.importDocuments([starArticle(tag)]);
    const app = await createViewerServer({ store, extractArticle: () => starArticle(tag) });
    id = (name) => fixtureId(tag, name, 'Person');
    // Confined to this file's document: the Neo4j server is shared with other suites.
    url = (q) => `/api/graph?documents=${encodeURIComponent(`${tag}-star`)}&${q}`;
    get = async (q) => {
      const res = await request(app, { url: url(q) });
      return { status: res.statusCode, body: res.json() };
    };
  });

  test('the overview keeps the budget, ranks by PageRank, leaves isolated entities out and says the total', async () => {
    const all = (await get('')).body;
    expect(all.nodes).toHaveLength(11);
    const { status, body } = await get('budget=4');
    expect(status).toBe(200);
    expect(body.nodes.length).toBeLessThanOrEqual(4);
    expect(body.nodes[0].id).toBe(id('Hub'));
    expect(body.total).toEqual({ nodes: 11, edges: 8 });
    expect(body.truncated).toBe(true);
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
    for (const n of body.nodes)
      expect(
        body.edges.some((e: any) => (e.source === n.id || e.target === n.id) && ids.has(e.source) && ids.has(e.target)),
      ).toBe(true);
    const ranks = body.nodes.map((n: { pagerank: number }) => n.pagerank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  test('a budget above the connected entities shows all of them and none of the isolated', async () => {
    const { body } = await get('budget=300');
    expect(body.nodes.map((n: { name: string }) => n.name).sort()).toEqual([
      'Alpha',
      'Beta',
      'Delta',
      'Epsilon',
      'Eta',
      'Gamma',
      'Hub',
      'Zeta',
    ]);
    expect(body.edges).toHaveLength(8);
  });

  test.each([
    ['Hub', 1, 300, ['Alpha', 'Beta', 'Delta', 'Epsilon', 'Gamma', 'Hub']],
    ['Hub', 2, 300, ['Alpha', 'Beta', 'Delta', 'Epsilon', 'Gamma', 'Hub', 'Zeta']],
    ['Zeta', 1, 300, ['Alpha', 'Beta', 'Eta', 'Zeta']],
    ['Zeta', 2, 300, ['Alpha', 'Beta', 'Eta', 'Hub', 'Zeta']],
    ['Hub', 1, 1, ['Hub']],
    ['Lone', 2, 300, ['Lone']],
  ])('the ego view of %s at %i hop(s), budget %i', async (name, hops, budget, names) => {
    const { status, body } = await get(`focus=${encodeURIComponent(id(name))}&hops=${hops}&budget=${budget}`);
    expect(status).toBe(200);
    expect(body.nodes.map((n: { name: string }) => n.name).sort()).toEqual(names);
    expect(body.nodes[0].id === id(name) || body.nodes.some((n: { id: string }) => n.id === id(name))).toBe(true);
  });

  test('an ego budget keeps the centre and the most important neighbours', async () => {
    const { body } = await get(`focus=${encodeURIComponent(id('Hub'))}&budget=2`);
    // Alpha has the tail flowing into it, so the highest PageRank of the spokes.
    expect(body.nodes.map((n: { name: string }) => n.name).sort()).toEqual(['Alpha', 'Hub']);
  });

  test.each([
    ['isolated=true', 11],
    ['isolated=false', 8],
    ['hideTypes=Place&isolated=false', 8],
    ['hideTypes=Person', 0],
    ['hideRelTypes=MET', 11],
    ['hideRelTypes=MET&isolated=false', 0],
    ['hideRelTypes=OTHER&isolated=false&budget=300', 8],
  ])('narrowing on the server: %s → %i entities', async (q, n) => {
    const { status, body } = await get(q);
    expect(status).toBe(200);
    expect(body.nodes).toHaveLength(n);
    if (q.includes('isolated=false'))
      expect(body.nodes.map((x: { name: string }) => x.name)).not.toEqual(expect.arrayContaining(['Lone']));
    if (q.includes('hideRelTypes=MET')) expect(body.edges).toHaveLength(0);
  });

  test.each([
    ['isolated=maybe', 400],
    ['focus=nobody', 404],
    ['hops=2', 400],
    ['budget=0', 400],
    ['focus=x&hops=3', 400],
  ])('%s → %i with a JSON error', async (q, status) => {
    const res = await get(q);
    expect(res.status).toBe(status);
    expect(typeof res.body.error).toBe('string');
  });
});
