// extractBatch(): same results as extract(), in input order, in-thread or on worker threads (the
// worker-thread case loads the built dist/ and skips when it has not been built).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { extract, extractBatch, ExtractOptionsError } from '@kg/extractor';
import type * as Extractor from '@kg/extractor';

const texts = [
  'Angela Merkel met Emmanuel Macron in Paris.',
  '',
  'The Chinese government praised Huawei. The company said profits rose.',
  'Xi Jinping spoke in Beijing.',
];
const dist = resolve(process.cwd(), 'packages/extractor/dist/index.js');

describe('extractBatch', () => {
  test('threads: 0 runs in this thread and matches extract()', async () => {
    const progress: number[] = [];
    const results = await extractBatch(texts, { threads: 0, onProgress: (done) => progress.push(done) });
    expect(results).toEqual(texts.map((t) => extract(t)));
    expect(progress).toEqual([1, 2, 3, 4]);
  });

  test.each([[-1], [1.5], [1000]])('threads: %p throws ExtractOptionsError', async (threads) => {
    await expect(extractBatch(texts, { threads })).rejects.toThrow(ExtractOptionsError);
  });

  (existsSync(dist) ? test : test.skip)(
    'worker threads (built dist) give the same results in input order',
    async () => {
      const built = (await import(dist)) as typeof Extractor;
      const results = await built.extractBatch(
        texts.map((text, i) => ({ text, options: { id: `doc-${i}` } })),
        { threads: 2 },
      );
      expect(results.map((r) => r.document.id)).toEqual(['doc-0', 'doc-1', 'doc-2', 'doc-3']);
      expect(results.map((r) => r.entities.map((e) => e.id))).toEqual(
        texts.map((t) => built.extract(t).entities.map((e) => e.id)),
      );
    },
  );

  (existsSync(dist) ? test : test.skip)(
    'pooled workers serve later and concurrent batches without mixing their results',
    async () => {
      const built = (await import(dist)) as typeof Extractor;
      const want = texts.map((t) => built.extract(t).entities.map((e) => e.name));
      const names = (rs: Array<{ entities: Array<{ name: string }> }>) => rs.map((r) => r.entities.map((e) => e.name));
      expect(names(await built.extractBatch(texts, { threads: 1 }))).toEqual(want);
      const [a, b] = await Promise.all([
        built.extractBatch(texts, { threads: 2 }),
        built.extractBatch([...texts].reverse(), { threads: 2 }),
      ]);
      expect(names(a)).toEqual(want);
      expect(names(b)).toEqual([...want].reverse());
      await built.closeWorkerPool();
    },
  );
  (existsSync(dist) ? test : test.skip)(
    'an aborted batch rejects with the reason, stops its busy worker, and the pool serves the next batch',
    async () => {
      const built = (await import(dist)) as typeof Extractor;
      const long = 'Angela Merkel met Emmanuel Macron in Paris on Monday to discuss the budget. '.repeat(4000);
      const abort = new AbortController();
      const pending = built.extractBatch([long], { threads: 1, signal: abort.signal });
      setTimeout(() => abort.abort(new Error('stop now')), 200);
      await expect(pending).rejects.toThrow('stop now');
      await expect(built.extractBatch([long], { threads: 1, signal: AbortSignal.abort() })).rejects.toThrow();
      const [after] = await built.extractBatch([texts[0]], { threads: 1 });
      expect(after.entities.map((e) => e.name)).toEqual(built.extract(texts[0]).entities.map((e) => e.name));
    },
  );
});
