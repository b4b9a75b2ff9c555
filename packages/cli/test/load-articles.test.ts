// loadArticles' pipeline against a store that loads slowly: the same batches reach the store in order,
// extraction runs EXTRACT_AHEAD batches ahead of the one loading (no further), and a failed load or
// extraction stops the import with its error.
import type { ExtractionResult } from '@kg/extractor';
import type { GraphStore, ImportSummary } from '@kg/graph';
import { jest } from '@jest/globals';
import { EXTRACT_AHEAD, loadArticles } from '../src/import/load-articles.js';
import type { Article } from '../src/import/read-articles.js';

// Each batch of two: an article with names, and one with none (said on stderr as it is extracted).
const NAMED = [
  'Karin Olsen opened a bakery in Bergen.',
  'Tomas Weber sold his boat to Lena Fischer.',
  'The Red Cross sent nurses to Haiti.',
  'Priya Nair joined Infosys in Pune.',
  'Omar Haddad flew from Amman to Cairo.',
  'Greenpeace criticised Shell in London.',
  'Ana Costa coached Benfica for a year.',
];
const EMPTY = 'it rained all day and then it stopped.';

const articles: Article[] = NAMED.flatMap((text, i) => [
  { name: `named-${i}.txt`, source: `named-${i}.txt`, text },
  { name: `empty-${i}.txt`, source: `empty-${i}.txt`, text: EMPTY },
]);

const SUMMARY: ImportSummary = {
  documents: 0,
  unchanged: 0,
  entitiesAdded: 0,
  relationsAdded: 0,
  claimsAdded: 0,
  corroborated: 0,
  disputed: 0,
  replaced: 0,
  sentences: 0,
};

/** A store whose importDocuments runs `onLoad` (which may wait or throw) and records each batch's sources. */
function slowStore(onLoad: (batch: number) => Promise<void>) {
  const batches: string[][] = [];
  const store = {
    async importDocuments(results: ExtractionResult[]) {
      const batch = batches.length;
      batches.push(results.map((r) => String(r.document.source)));
      await onLoad(batch);
      return { ...SUMMARY, documents: results.length };
    },
  } as unknown as GraphStore;
  return { store, batches };
}

/** Counts the articles extracted so far (each empty one says so on stderr). */
function countExtracted() {
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return {
    batches: () => spy.mock.calls.filter((c) => String(c[0]).includes('nothing extracted')).length,
    restore: () => spy.mockRestore(),
  };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 400 && !ok(); i++) await new Promise((r) => setTimeout(r, 25));
};

describe('loadArticles', () => {
  test('loads the same batches in order while extracting up to EXTRACT_AHEAD batches ahead', async () => {
    const extracted = countExtracted();
    let seenWhileFirstLoads = 0;
    const { store, batches } = slowStore(async (batch) => {
      if (batch > 0) return;
      await until(() => extracted.batches() >= 1 + EXTRACT_AHEAD);
      await new Promise((r) => setTimeout(r, 100)); // time to start one more, were it allowed
      seenWhileFirstLoads = extracted.batches();
    });
    try {
      const summary = await loadArticles(store, articles, { batchSize: 2, warnings: [] });
      expect(summary.documents).toBe(NAMED.length);
    } finally {
      extracted.restore();
    }
    expect(seenWhileFirstLoads).toBe(1 + EXTRACT_AHEAD);
    expect(batches).toEqual(NAMED.map((_, i) => [`named-${i}.txt`]));
  });

  test('a failed load stops the import with its error; later batches are not loaded', async () => {
    const extracted = countExtracted();
    const { store, batches } = slowStore(async (batch) => {
      if (batch === 1) throw new Error('store went away');
    });
    try {
      await expect(loadArticles(store, articles, { batchSize: 2, warnings: [] })).rejects.toThrow('store went away');
      await new Promise((r) => setTimeout(r, 100));
      // Batch 1 failed: at most the batches already allowed ahead of it were extracted.
      expect(extracted.batches()).toBeLessThanOrEqual(2 + EXTRACT_AHEAD);
    } finally {
      extracted.restore();
    }
    expect(batches).toHaveLength(2);
  });

  test('a failed extraction stops the import before anything is loaded', async () => {
    const { store, batches } = slowStore(async () => undefined);
    // Alias rules the extractor refuses: every batch's extraction fails.
    const aliases = { merge: 'not a list' } as never;
    await expect(loadArticles(store, articles, { aliases, batchSize: 2, warnings: [] })).rejects.toThrow();
    expect(batches).toHaveLength(0);
  });
});
