// GET /api/communities and GET /api/graph?community= on both real stores: communities listed biggest
// first with their most important entities and relation types, and each one opened as a view.
import { createViewerServer } from '../src/create-viewer-server.js';
import { closeAll, request } from './fixtures/http.js';
import { fixtureId } from '../../graph/test/fixtures.js';
import { twoClustersArticle } from './fixtures/two-clusters-article.js';
import { uniqueTag } from '../../../test/neo4j-env.js';
import { realStores } from './fixtures/real-stores.js';

const { kinds, close } = realStores('kg-communities-');
afterAll(async () => {
  await closeAll();
  await close();
});

interface Summary {
  id: number;
  size: number;
  edges: number;
  top: Array<{ id: string; name: string }>;
  relTypes: Array<{ type: string; count: number }>;
}

describe.each(kinds)('communities on the %s store', (_kind, open) => {
  let get: (path: string, q: string) => Promise<{ status: number; body: any }>;
  let id: (name: string) => string;

  beforeAll(async () => {
    const tag = uniqueTag('communities');
    const store = await open();
    await store.importDocuments([twoClustersArticle(tag)]);
    const app = await createViewerServer({ store, extractArticle: () => twoClustersArticle(tag) });
    id = (name) => fixtureId(tag, name, 'Person');
    // Confined to this file's document: the Neo4j server is shared with other suites.
    get = async (path, q) => {
      const res = await request(app, { url: `${path}?documents=${encodeURIComponent(`${tag}-clusters`)}&${q}` });
      return { status: res.statusCode, body: res.json() };
    };
  });

  test('lists the two groups apart, biggest first, the hub named first, relation types counted; no singleton', async () => {
    const { status, body } = await get('/api/communities', '');
    expect(status).toBe(200);
    const list = body.communities as Summary[];
    const names = (c: Summary) => c.top.map((t) => t.name);
    const hub = list.find((c) => names(c).includes('Hub'))!;
    const boss = list.find((c) => names(c).includes('Boss'))!;
    expect(hub.id).not.toBe(boss.id);
    expect(names(hub).every((n) => !['Boss', 'Pia', 'Quin', 'Rolf'].includes(n))).toBe(true);
    expect(names(boss)[0]).toBe('Boss');
    expect(boss.relTypes[0]).toEqual({ type: 'ADVISES', count: 3 });
    expect(list.flatMap(names)).not.toContain('Loner');
    expect(list.map((c) => c.size)).toEqual([...list.map((c) => c.size)].sort((a, b) => b - a));
    expect(body.total).toBe(list.length);
  });

  test('top= bounds the entities named; limit= the communities', async () => {
    const { body } = await get('/api/communities', 'top=1&limit=1');
    expect(body.communities).toHaveLength(1);
    expect(body.communities[0].top).toHaveLength(1);
    expect(body.total).toBeGreaterThanOrEqual(2);
  });

  test('GET /api/graph?community= opens one community: its members only, within the budget', async () => {
    const list = (await get('/api/communities', '')).body.communities as Summary[];
    const boss = list.find((c) => c.top.some((t) => t.name === 'Boss'))!;
    const { status, body } = await get('/api/graph', `community=${boss.id}&budget=300`);
    expect(status).toBe(200);
    const ids = body.nodes.map((n: { id: string }) => n.id);
    expect(ids).toContain(id('Boss'));
    expect(ids).not.toContain(id('Hub'));
    expect(ids).toHaveLength(boss.size);
    expect(body.total.nodes).toBe(boss.size);
    const small = await get('/api/graph', `community=${boss.id}&budget=2`);
    expect(small.body.nodes.map((n: { id: string }) => n.id)).toEqual([id('Boss'), expect.any(String)]);
  });

  test.each([
    ['/api/graph', 'community=999999', 404],
    ['/api/graph', 'community=-1', 400],
    ['/api/graph', 'community=1&focus=x', 400],
    ['/api/communities', 'top=0', 400],
    ['/api/communities', 'colour=red', 400],
  ])('%s?%s → %i with a JSON error', async (path, q, status) => {
    const res = await get(path, q);
    expect(res.status).toBe(status);
    expect(typeof res.body.error).toBe('string');
  });
});
