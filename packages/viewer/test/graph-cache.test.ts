// /api/graph answers are kept while the store's content is unchanged (the overview a page opens on is not
// computed again per request), and a write the server did not make — another process's `kg import` —
// shows in the next answer (both stores' content versions move with a write); `startViewerServer`
// computes the overview before the first visitor asks for it.
import type { GraphStore } from '@kg/graph';
import { createViewerServer } from '../src/create-viewer-server.js';
import { startViewerServer } from '../src/start-viewer-server.js';
import { OVERVIEW_BUDGET, OVERVIEW_QUERY } from '../src/select-overview.js';
import { DEFAULT_BUDGET } from '../web/app-state.js';
import { closeAll, request } from './fixtures/http.js';
import { starArticle } from './fixtures/star-article.js';
import { fixtureId, makeResult } from '../../graph/test/fixtures.js';
import { uniqueTag } from '../../../test/neo4j-env.js';
import { realStores } from './fixtures/real-stores.js';

const { kinds, close } = realStores('kg-graph-cache-');
afterAll(async () => {
  await closeAll();
  await close();
});

/** The store with its snapshot() calls counted (everything else is the store's own). */
function counting(store: GraphStore): GraphStore & { snapshots: number } {
  const counted = Object.create(store) as GraphStore & { snapshots: number };
  counted.snapshots = 0;
  counted.snapshot = (options) => (counted.snapshots++, store.snapshot(options));
  return counted;
}

/** An article in which Omega meets the star's hub. */
const omegaArticle = (tag: string) =>
  makeResult(tag, {
    id: 'omega',
    sentences: [
      {
        text: 'Omega met Hub.',
        entities: [
          ['Omega', 'Person'],
          ['Hub', 'Person'],
        ],
        triples: [['Omega', 'MET', 'Hub', 'met']],
      },
    ],
  });

test('the server warms the overview the page opens with', () => {
  expect(OVERVIEW_BUDGET).toBe(DEFAULT_BUDGET);
  expect(OVERVIEW_QUERY).toBe(`budget=${DEFAULT_BUDGET}&isolated=false`);
});

describe.each(kinds)('/api/graph cache on the %s store', (kind, open) => {
  test("the store's content version changes with a write, and only then", async () => {
    const tag = uniqueTag('cache');
    const store = await open();
    await store.importDocuments([starArticle(tag)]);
    const before = await store.contentVersion!();
    // On Neo4j other test files may write meanwhile; the embedded store is this test's alone.
    if (kind === 'embedded') expect(await store.contentVersion!()).toBe(before);
    await store.importDocuments([omegaArticle(tag)]);
    expect(await store.contentVersion!()).not.toBe(before);
  });

  // The Neo4j test database holds every test file's graph: a snapshot of it is minutes under load.
  if (kind === 'embedded')
    test('a write by another handle shows in the next answer', async () => {
      const tag = uniqueTag('cache');
      const store = await open();
      await store.importDocuments([starArticle(tag)]);
      const app = await createViewerServer({ store, extractArticle: () => starArticle(tag) });
      const ego = async () => {
        const hub = encodeURIComponent(fixtureId(tag, 'Hub', 'Person'));
        const res = await request(app, { url: `/api/graph?focus=${hub}` });
        expect(res.statusCode).toBe(200);
        return res.json().nodes.map((n: { id: string }) => n.id) as string[];
      };
      expect(await ego()).not.toContain(fixtureId(tag, 'Omega', 'Person'));
      expect(await ego()).not.toContain(fixtureId(tag, 'Omega', 'Person'));
      await store.importDocuments([omegaArticle(tag)]); // not through the server: as another process would
      expect(await ego()).toContain(fixtureId(tag, 'Omega', 'Person'));
    });

  if (kind === 'embedded')
    test('the same view asked again (parameters in any order) is not computed again', async () => {
      const tag = uniqueTag('cache');
      const store = counting(await open());
      await store.importDocuments([starArticle(tag)]);
      const app = await createViewerServer({ store, extractArticle: () => starArticle(tag) });
      const bodies = [];
      for (const q of ['budget=5&isolated=false', 'isolated=false&budget=5', 'budget=5&isolated=false'])
        bodies.push((await request(app, { url: `/api/graph?${q}` })).body);
      expect(new Set(bodies).size).toBe(1);
      expect(JSON.parse(bodies[0]).nodes).toHaveLength(5);
      expect(store.snapshots).toBe(1);
      await request(app, { url: '/api/graph?budget=6&isolated=false' }); // another view of the same snapshot
      expect(store.snapshots).toBe(1);
      await store.importDocuments([omegaArticle(tag)]);
      await request(app, { url: '/api/graph?budget=5&isolated=false' });
      expect(store.snapshots).toBe(2);
    });

  if (kind === 'embedded')
    test('startViewerServer computes the overview before anyone asks', async () => {
      const tag = uniqueTag('cache');
      const store = counting(await open());
      await store.importDocuments([starArticle(tag)]);
      const viewer = await startViewerServer({ store, extractArticle: () => starArticle(tag), settings: { port: 0 } });
      try {
        while (store.snapshots === 0) await new Promise((r) => setTimeout(r, 20));
        const res = await fetch(`${viewer.url}api/graph?${OVERVIEW_QUERY}`);
        expect(res.status).toBe(200);
        expect(store.snapshots).toBe(1);
      } finally {
        await viewer.close();
      }
    });
});
