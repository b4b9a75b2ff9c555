// The API under load: concurrent /api/graph requests share one snapshot computation, an import through
// the API makes the next one start afresh, and uploads are bounded in time and number (503 beyond).
import type { GraphSnapshot } from '@kg/graph';
import { createViewerServer } from '../src/create-viewer-server.js';
import { MemoryStore } from './fixtures/memory-store.js';
import { closeAll, request } from './fixtures/http.js';
import { SECOND_TEXT, SEED_TEXT, articleResult } from './fixtures/articles.js';

afterEach(closeAll);

/** A store whose snapshots are counted and held until released, so requests pile up on one. */
class SlowStore extends MemoryStore {
  computations = 0;
  private gate: Promise<void> = Promise.resolve();
  release: () => void = () => undefined;
  hold(): void {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }
  override async snapshot(options = {}): Promise<GraphSnapshot> {
    this.computations++;
    await this.gate;
    return super.snapshot(options);
  }
}

describe('GET /api/graph single-flight', () => {
  test('50 concurrent identical requests share one computation; other options get their own', async () => {
    const store = new SlowStore();
    await store.importDocuments([articleResult(SEED_TEXT, { title: 'Seed' })]);
    const app = await createViewerServer({ store, extractArticle: articleResult });
    let arrived = 0;
    app.addHook('onRequest', async () => void arrived++);
    await request(app, { url: '/api/stats' }); // listening before the burst
    store.hold();
    const same = Array.from({ length: 50 }, () => request(app, { url: '/api/graph' }));
    const other = request(app, { url: '/api/graph?types=Person' });
    // Released only once every request is in: all 50 were waiting at the same time.
    while (arrived < 52) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 50));
    store.release();
    const replies = await Promise.all([...same, other]);
    expect(replies.every((r) => r.statusCode === 200)).toBe(true);
    expect(new Set(replies.slice(0, 50).map((r) => r.body)).size).toBe(1);
    expect(store.computations).toBe(2);
  });

  test('after an import through the API, the next request computes again and sees it', async () => {
    const store = new SlowStore();
    await store.importDocuments([articleResult(SEED_TEXT, { title: 'Seed' })]);
    const app = await createViewerServer({ store, extractArticle: articleResult });
    await request(app, { url: '/api/stats' });
    store.hold();
    const before = request(app, { url: '/api/graph' });
    await new Promise((r) => setTimeout(r, 100));
    const imported = await request(app, { method: 'POST', url: '/api/articles', payload: { text: SECOND_TEXT } });
    expect(imported.statusCode).toBe(200);
    const after = request(app, { url: '/api/graph' });
    store.release();
    await before;
    const ids = (await after).json().nodes.map((n: { id: string }) => n.id);
    expect(ids).toContain('germany');
    expect(store.computations).toBe(2);
  });
});

describe('POST /api/articles bounds', () => {
  // Stands for an extraction that runs until the server gives up on it (and says so through the signal).
  const endless = (_text: string, _options: unknown, signal: AbortSignal) =>
    new Promise<never>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));

  test('an extraction past the timeout is stopped: 503, nothing imported, the server still answers', async () => {
    const store = new MemoryStore();
    const app = await createViewerServer({ store, extractArticle: endless, settings: { extractTimeoutMs: 200 } });
    const res = await request(app, { method: 'POST', url: '/api/articles', payload: { text: SECOND_TEXT } });
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toBe('articles: extraction took longer than 0.2 s and was stopped; nothing was imported');
    expect(store.docs.size).toBe(0);
    expect((await request(app, { url: '/api/stats' })).statusCode).toBe(200);
  });

  test('more uploads than maxExtractions at once: the extra one is a 503 saying why', async () => {
    const store = new MemoryStore();
    const app = await createViewerServer({
      store,
      extractArticle: endless,
      settings: { extractTimeoutMs: 1500, maxExtractions: 1 },
    });
    const first = request(app, { method: 'POST', url: '/api/articles?dryRun=true', payload: { text: SECOND_TEXT } });
    await new Promise((r) => setTimeout(r, 300));
    const second = await request(app, { method: 'POST', url: '/api/articles', payload: { text: SECOND_TEXT } });
    expect(second.statusCode).toBe(503);
    expect(second.json().error).toBe(
      'articles: the server is already extracting 1 article(s); try again when they are done',
    );
    expect((await first).statusCode).toBe(503);
  });
});
