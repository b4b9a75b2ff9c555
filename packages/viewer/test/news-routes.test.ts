// The news-native API on both real stores: edge attributes (firstSeen, lastSeen, support, outlets,
// disputed), the asOf / since / outlet / minSupport filters of /api/graph and /api/communities, dated and
// sourced evidence, the span of dates in /api/stats, an edge's denials, /api/outlets, and the
// import runs POST /api/articles records and /api/import-runs lists.
import type { ExtractionResult } from '@kg/extractor';
import { createViewerServer } from '../src/create-viewer-server.js';
import { closeAll, request } from './fixtures/http.js';
import { fixtureId, makeResult } from '../../graph/test/fixtures.js';
import { uniqueTag } from '../../../test/neo4j-env.js';
import { realStores } from './fixtures/real-stores.js';

const { kinds, close } = realStores('kg-news-api-');
afterAll(async () => {
  await closeAll();
  await close();
});

const ends: Array<[string, 'Place' | 'Organization']> = [
  ['Valmouth', 'Place'],
  ['Nordline', 'Organization'],
];

function story(tag: string, id: string, date: string, outlet: { name: string; domain: string }, deny = false) {
  return makeResult(tag, {
    id,
    date,
    outlet,
    sentences: [
      deny
        ? {
            text: 'Nordline denied that Valmouth fined it.',
            entities: ends,
            denials: [['Valmouth', 'FINES', 'Nordline', 'fined', 'Nordline']],
          }
        : { text: 'Valmouth fined Nordline.', entities: ends, triples: [['Valmouth', 'FINES', 'Nordline', 'fined']] },
    ],
  });
}

describe.each(kinds)('news API on the %s store', (_kind, open) => {
  test('edges carry their sources; the graph filters by as-of date, outlet and support; runs are listed', async () => {
    const tag = uniqueTag('news-api');
    const store = await open();
    const gazette = { name: 'Harbour Gazette', domain: 'harbour-gazette.example' };
    const wire = { name: 'Coastal Wire', domain: 'coastal-wire.example' };
    await store.importDocuments([story(tag, 'a', '2025-03-03', gazette), story(tag, 'b', '2025-03-05', gazette)]);
    const denial: ExtractionResult = story(tag, 'no', '2025-03-06', wire, true);
    const app = await createViewerServer({ store, extractArticle: () => denial });
    const edgeId = `${fixtureId(tag, 'Valmouth', 'Place')}|FINES|${fixtureId(tag, 'Nordline', 'Organization')}`;
    const docs = `documents=${encodeURIComponent(`${tag}-a,${tag}-b,${tag}-no`)}`;
    const edge = async (q = '') => {
      const res = await request(app, { url: `/api/graph?${docs}&${q}` });
      expect(res.statusCode).toBe(200);
      return (res.json().edges as Array<Record<string, unknown>>).find((e) => e.id === edgeId);
    };
    expect(await edge()).toMatchObject({
      firstSeen: '2025-03-03',
      lastSeen: '2025-03-05',
      support: 2,
      outlets: ['harbour-gazette.example'],
    });
    expect((await edge()).disputed).toBeUndefined();
    expect(await edge('asOf=2025-03-02')).toBeUndefined();
    expect(await edge('asOf=2025-03-04')).toBeDefined();
    expect(await edge('outlet=Harbour%20Gazette')).toBeDefined();
    expect(await edge('outlet=coastal-wire.example')).toBeUndefined();
    expect(await edge('minSupport=3')).toBeUndefined();
    expect((await request(app, { url: '/api/graph?asOf=March' })).statusCode).toBe(400);
    // A date range: a relation is kept when one of its documents was published within it.
    expect(await edge('since=2025-03-05')).toBeDefined();
    expect(await edge('since=2025-03-06')).toBeUndefined();
    expect(await edge('since=2025-03-04&asOf=2025-03-04')).toBeUndefined();
    expect(await edge('since=2025-03-04&asOf=2025-03-05')).toBeDefined();
    const backwards = await request(app, { url: '/api/graph?since=2025-03-05&asOf=2025-03-04' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error).toBe('GET /api/graph: expected since (2025-03-05) on or before asOf (2025-03-04)');
    const ranged = (await request(app, { url: `/api/communities?${docs}&since=2025-03-06&isolated=false` })).json();
    expect(ranged.communities).toEqual([]);
    const stats = (await request(app, { url: '/api/stats' })).json();
    expect(stats.dates.first <= '2025-03-03' && stats.dates.last >= '2025-03-05').toBe(true);
    const early = (await request(app, { url: `/api/graph?${docs}&asOf=2025-03-02&isolated=false` })).json();
    expect(early.nodes).toEqual([]);
    const later = (await request(app, { url: `/api/graph?${docs}&asOf=2025-03-03&isolated=false` })).json();
    expect(later.nodes.map((n: { name: string }) => n.name).sort()).toEqual(['Nordline', 'Valmouth']);

    // The viewer's import records a run and the denial disputes the edge.
    const posted = await request(app, {
      method: 'POST',
      url: '/api/articles',
      payload: { text: 'Nordline denied that Valmouth fined it.', title: 'Denial' },
    });
    expect(posted.statusCode).toBe(200);
    expect(posted.json().summary).toMatchObject({ disputed: 1 });
    expect(await edge()).toMatchObject({ disputed: true, support: 2 });
    const details = (await request(app, { url: `/api/edges/${encodeURIComponent(edgeId)}` })).json();
    expect(details.denials.map((d: { text: string; by: string }) => [d.text, d.by])).toEqual([
      ['Nordline denied that Valmouth fined it.', fixtureId(tag, 'Nordline', 'Organization')],
    ]);
    // Each side's sentences say where and when they were published.
    expect(details.evidence.map((e: Record<string, string>) => [e.documentDate, e.outlet])).toEqual([
      ['2025-03-03', 'Harbour Gazette'],
      ['2025-03-05', 'Harbour Gazette'],
    ]);
    const runs = (await request(app, { url: '/api/import-runs?limit=1000' })).json().runs;
    expect(runs.find((r: { id: string }) => r.id === posted.json().run)).toMatchObject({
      source: expect.stringContaining('api: '),
      counts: { documents: 1, disputed: 1 },
    });
    const outlets = (await request(app, { url: '/api/outlets' })).json().outlets;
    expect(outlets).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'coastal-wire.example', name: 'Coastal Wire' })]),
    );
  });
});
