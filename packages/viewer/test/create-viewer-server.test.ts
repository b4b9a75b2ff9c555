// API tests over a real socket (see fixtures/http.ts), with a small in-memory store fixture.
import { createViewerServer } from '../src/create-viewer-server.js';
import { MemoryStore } from './fixtures/memory-store.js';
import { closeAll, request } from './fixtures/http.js';
import { SECOND_TEXT, SEED_TEXT, articleResult } from './fixtures/articles.js';

afterEach(closeAll);

async function setup(kind: 'embedded' | 'neo4j' = 'embedded', settings = {}) {
  const store = new MemoryStore(kind);
  await store.importDocuments([articleResult(SEED_TEXT, { title: 'Seed' })]);
  const app = await createViewerServer({ store, extractArticle: articleResult, settings });
  return { store, app };
}

function multipart(fields: Record<string, string>, file?: { name: string; type: string; body: string }) {
  const boundary = '----kgtest';
  let body = '';
  for (const [k, v] of Object.entries(fields))
    body += `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  if (file)
    body += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n${file.body}\r\n`;
  body += `--${boundary}--\r\n`;
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('GET routes', () => {
  test('/api/graph returns nodes, edges, the number of documents (not their list) and the store kind', async () => {
    const { app } = await setup();
    const res = await request(app, { url: '/api/graph' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect([body.store, body.documentTotal, body.documents]).toEqual(['embedded', 1, undefined]);
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual([
      'china',
      'huawei',
      'united-states',
      'xi-jinping',
    ]);
    expect(body.edges.map((e: { id: string }) => e.id).sort()).toEqual([
      'united-states|SANCTIONS|huawei',
      'xi-jinping|LEADS|china',
    ]);
  });

  test.each([
    ['/api/graph?types=Person', 200, 1],
    ['/api/graph?limit=2', 200, 2],
  ])('%s → %i with %i node(s)', async (url, status, count) => {
    const { app } = await setup();
    const res = await request(app, { url });
    expect(res.statusCode).toBe(status);
    expect(res.json().nodes).toHaveLength(count);
  });

  test('/api/documents lists a page of documents narrowed by title, id or source', async () => {
    const { store, app } = await setup();
    await store.importDocuments([articleResult(SECOND_TEXT, { title: 'Second' })]);
    const page = async (q: string) => (await request(app, { url: `/api/documents?${q}` })).json();
    expect(await page('limit=1')).toMatchObject({ total: 2, documents: [{ title: 'Seed' }] });
    expect(await page('limit=1&offset=1')).toMatchObject({ total: 2, documents: [{ title: 'Second' }] });
    expect(await page('q=SECO')).toMatchObject({ total: 1, documents: [{ title: 'Second' }] });
  });

  test.each([
    ['/api/documents?limit=0', 400],
    ['/api/documents?offset=-1', 400],
    ['/api/graph?limit=0', 400],
    ['/api/graph?minDegree=abc', 400],
    ['/api/graph?bogus=1', 400],
    ['/api/entities/nobody', 404],
    ['/api/entities/xi-jinping?claims=0', 400],
    ['/api/entities/xi-jinping?evidence=abc', 400],
    ['/api/entities/xi-jinping?bogus=1', 400],
    ['/api/edges/a%7CLEADS%7Cb', 404],
    ['/api/search', 400],
    ['/api/export?format=pdf', 400],
    ['/api/nothing', 404],
  ])('%s → %i with a JSON error', async (url, status) => {
    const { app } = await setup();
    const res = await request(app, { url });
    expect(res.statusCode).toBe(status);
    expect(typeof res.json().error).toBe('string');
  });

  test('every response carries a script-restricting Content-Security-Policy', async () => {
    const { app } = await setup();
    const res = await request(app, { url: '/api/graph' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  test('/api/entities/:id groups relations with evidence', async () => {
    const { app } = await setup();
    const body = (await request(app, { url: '/api/entities/xi-jinping' })).json();
    expect(body.node.name).toBe('Xi Jinping');
    expect(body.relations[0]).toMatchObject({ type: 'LEADS', direction: 'out', other: { id: 'china' } });
    expect(body.relations[0].evidence[0].text).toBe('Xi Jinping, who leads China, spoke on innovation.');
  });

  test('/api/entities/:id passes the page sizes it is given to the store', async () => {
    const { app, store } = await setup();
    await request(app, { url: '/api/entities/xi-jinping?evidence=2&claims=3&documents=4' });
    expect(store.lastPage).toEqual({ evidence: 2, claims: 3, documents: 4 });
    await request(app, { url: '/api/entities/xi-jinping' });
    expect(store.lastPage).toEqual({});
  });

  test('/api/edges/:id accepts the encoded edge id', async () => {
    const { app } = await setup();
    const res = await request(app, { url: `/api/edges/${encodeURIComponent('united-states|SANCTIONS|huawei')}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().evidence[0].text).toBe('The United States sanctions Huawei.');
  });

  test('/api/search finds aliases', async () => {
    const { app } = await setup();
    const body = (await request(app, { url: '/api/search?q=xi' })).json();
    expect(body.hits[0]).toMatchObject({ id: 'xi-jinping', name: 'Xi Jinping' });
  });

  test('/api/export?format=json without an exporter serves the snapshot as a download', async () => {
    const { app } = await setup();
    const res = await request(app, { url: '/api/export?format=json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="knowledge-graph.json"');
    expect(JSON.parse(res.body).nodes).toHaveLength(4);
    expect((await request(app, { url: '/api/export?format=gexf' })).statusCode).toBe(501);
  });

  test('/api/export uses the exporter it was given', async () => {
    const store = new MemoryStore();
    const app = await createViewerServer({
      store,
      extractArticle: articleResult,
      exportGraph: async (f) => ({ body: `<${f}/>`, contentType: 'application/xml' }),
    });
    const res = await request(app, { url: '/api/export?format=graphml' });
    expect(res.body).toBe('<graphml/>');
    expect(res.headers['content-type']).toBe('application/xml');
  });
});

describe('POST /api/query', () => {
  test.each([
    [undefined, 'query: the embedded store does not run Cypher'],
    ['Cypher needs Neo4j: start one', 'query: the embedded store does not run Cypher. Cypher needs Neo4j: start one'],
  ])('a store without Cypher answers 501 with the hint it was given (%s)', async (cypherHint, error) => {
    const store = new MemoryStore('embedded');
    const app = await createViewerServer({ store, extractArticle: articleResult, cypherHint });
    const res = await request(app, { method: 'POST', url: '/api/query', payload: { cypher: 'MATCH (n) RETURN n' } });
    expect(res.statusCode).toBe(501);
    expect(res.json().error).toBe(error);
    expect(store.queries).toEqual([]);
  });

  test('a neo4j store runs it read-only with the timeout and row cap', async () => {
    const { app, store } = await setup('neo4j', { queryTimeoutMs: 1234, queryMaxRows: 7 });
    const res = await request(app, {
      method: 'POST',
      url: '/api/query',
      payload: { cypher: 'MATCH (n) RETURN n', maxRows: 100 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().rows).toHaveLength(4);
    expect(store.queries[0].options).toEqual({ write: false, timeoutMs: 1234, maxRows: 7 });
  });

  test.each([
    [{ cypher: 'CREATE (n)' }, 400, /read access mode/],
    [{ cypher: '' }, 400, /cypher/],
    [{}, 400, /cypher/],
    [{ cypher: 'RETURN 1', extra: true }, 400, /additional/],
  ])('%j → %i', async (payload, status, message) => {
    const { app } = await setup('neo4j');
    const res = await request(app, { method: 'POST', url: '/api/query', payload });
    expect(res.statusCode).toBe(status);
    expect(res.json().error).toMatch(message);
  });
});

describe('POST /api/articles', () => {
  test('dryRun returns the diff and changes nothing', async () => {
    const { app, store } = await setup();
    const res = await request(app, {
      method: 'POST',
      url: '/api/articles?dryRun=true',
      payload: { text: SECOND_TEXT, title: 'Second' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.dryRun).toBe(true);
    expect(body.diff.newEntities.map((e: { id: string }) => e.id).sort()).toEqual(['angela-merkel', 'germany']);
    expect(body.diff.merges.map((e: { id: string }) => e.id)).toEqual(['china']);
    expect(store.nodes.has('germany')).toBe(false);
  });

  test('a JSON import adds the article', async () => {
    const { app, store } = await setup();
    const res = await request(app, {
      method: 'POST',
      url: '/api/articles',
      payload: { text: SECOND_TEXT, title: 'Second', date: '2024-01-02' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().summary).toMatchObject({ documents: 1, entitiesAdded: 2, relationsAdded: 1 });
    expect(store.nodes.has('germany')).toBe(true);
  });

  test('an uploaded .html file is turned into text before extraction', async () => {
    const store = new MemoryStore();
    const seen: string[] = [];
    const app = await createViewerServer({
      store,
      extractArticle: (text, meta) => (seen.push(text), articleResult(text, meta)),
    });
    const html =
      '<html><head><script>alert(1)</script></head><body><p>Angela Merkel leads Germany.</p><p>Tom &amp; Jerry</p></body></html>';
    const res = await request(app, {
      method: 'POST',
      url: '/api/articles',
      ...multipart({ source: 'web' }, { name: 'merkel.html', type: 'text/html', body: html }),
    });
    expect(res.statusCode).toBe(200);
    expect(seen[0]).toBe('Angela Merkel leads Germany.\n\nTom & Jerry');
    expect(res.json().document).toMatchObject({ title: 'Angela Merkel leads Germany.', source: 'web' });
  });

  test.each([
    [{ text: '   ' }, 400, /expected article text/],
    [{ text: 'x', date: 'yesterday' }, 400, /YYYY-MM-DD/],
    [{ title: 'no text' }, 400, /text/],
    [{ text: 12345 }, 400, /^body\/text must be string$/],
    [{ text: ['Angela Merkel leads Germany.'] }, 400, /^body\/text must be string$/],
    [{ text: 'Angela Merkel leads Germany.', title: 7 }, 400, /^body\/title must be string$/],
  ])('%j → %i', async (payload, status, message) => {
    const { app, store } = await setup();
    const before = store.nodes.size;
    const docsBefore = store.docs.size;
    const res = await request(app, { method: 'POST', url: '/api/articles', payload });
    expect(res.statusCode).toBe(status);
    expect(res.json().error).toMatch(message);
    expect(store.nodes.size).toBe(before);
    expect(store.docs.size).toBe(docsBefore);
  });

  test('query strings are still read as their schema types (dryRun=true is a boolean)', async () => {
    const { app, store } = await setup();
    const res = await request(app, {
      method: 'POST',
      url: '/api/articles?dryRun=true',
      payload: { text: SECOND_TEXT },
    });
    expect(res.json().dryRun).toBe(true);
    expect(store.nodes.has('germany')).toBe(false);
  });

  test("the answer carries the extractor's warnings about the article", async () => {
    const store = new MemoryStore();
    const app = await createViewerServer({
      store,
      extractArticle: (text, meta) => {
        const r = articleResult(text, meta);
        return { ...r, document: { ...r.document, warnings: ['extract: HTML markup was ignored'] } };
      },
    });
    for (const dryRun of [true, false]) {
      const res = await request(app, {
        method: 'POST',
        url: `/api/articles?dryRun=${dryRun}`,
        payload: { text: SECOND_TEXT },
      });
      expect(res.json().warnings).toEqual(['HTML markup was ignored']);
    }
  });

  test('an unsupported upload is refused with 415', async () => {
    const { app } = await setup();
    const res = await request(app, {
      method: 'POST',
      url: '/api/articles',
      ...multipart({}, { name: 'a.pdf', type: 'application/pdf', body: '%PDF' }),
    });
    expect(res.statusCode).toBe(415);
  });

  test.each([
    ['JSON', (n: number) => ({ payload: { text: 'a'.repeat(n) } })],
    ['multipart', (n: number) => multipart({}, { name: 'big.txt', type: 'text/plain', body: 'a'.repeat(n) })],
  ])('a %s body over the size cap is refused with 413 and imports nothing', async (_kind, make) => {
    const { app, store } = await setup('embedded', { bodyLimit: 1000 });
    const before = store.docs.size;
    const res = await request(app, { method: 'POST', url: '/api/articles', ...make(5000) });
    expect(res.statusCode).toBe(413);
    expect(typeof res.json().error).toBe('string');
    expect(store.docs.size).toBe(before);
  });

  test('an extractor failure is a 422 and the store is untouched', async () => {
    const store = new MemoryStore();
    const app = await createViewerServer({
      store,
      extractArticle: () => {
        throw new Error('boom');
      },
    });
    const res = await request(app, { method: 'POST', url: '/api/articles', payload: { text: 'Hello.' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toBe('articles: extraction failed (boom)');
    expect(store.docs.size).toBe(0);
  });
});
