// Listing stored documents a page at a time (what the viewer's document filter reads instead of every
// summary with the graph): the query's settings, and both stores, the embedded one and a real Neo4j,
// answering the same pages in import order, narrowed by title, id or source.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedStore, resolveDocumentQuery, type GraphStore } from '@kg/graph';
import { testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { makeResult } from './fixtures.js';

test.each([
  [{}, { q: '', limit: 100, offset: 0 }],
  [
    { q: '  Harbour ', limit: 5, offset: 10 },
    { q: 'harbour', limit: 5, offset: 10 },
  ],
])('resolveDocumentQuery(%j) → %j', (partial, expected) => {
  expect(resolveDocumentQuery(partial)).toEqual(expected);
});

test.each([[{ limit: 0 }], [{ limit: 1.5 }], [{ offset: -1 }]])('resolveDocumentQuery(%j) is refused', (partial) => {
  expect(() => resolveDocumentQuery(partial)).toThrow(/^resolveDocumentQuery: expected/);
});

const stores: Array<[string, () => Promise<GraphStore>]> = [
  ['embedded', () => openEmbeddedStore({ dir: mkdtempSync(path.join(os.tmpdir(), 'kg-docs-')) })],
  ['neo4j', () => testStore()],
];

describe.each(stores)('listDocuments (%s store)', (_kind, open) => {
  test('pages in import order, narrowed by title, id or source (any case)', async () => {
    const tag = uniqueTag('doc-page');
    const store = await open();
    try {
      const titles = ['Harbour bridge approved', 'Port opens terminal', 'Bridge tolls rise'];
      for (const [i, title] of titles.entries())
        await store.importDocuments(
          [makeResult(tag, { id: `d${i}`, title, sentences: [{ text: `${title}.`, entities: [] }] })],
          { importedAt: `2025-01-0${i + 1}T00:00:00.000Z` },
        );
      // Every id holds the tag, so the tag narrows the list to this test's documents.
      const page = async (q: string, limit = 10, offset = 0) => {
        const p = await store.listDocuments({ q, limit, offset });
        return [p.total, p.documents.map((d) => d.title)];
      };
      expect(await page(tag)).toEqual([3, titles]);
      expect(await page(tag, 1, 1)).toEqual([3, ['Port opens terminal']]);
      const bridges = await store.listDocuments({ q: 'BRIDGE' });
      expect(bridges.documents.filter((d) => d.id.startsWith(tag)).map((d) => d.title)).toEqual([
        'Harbour bridge approved',
        'Bridge tolls rise',
      ]);
      expect(await store.listDocuments({ q: `${tag}-d2` })).toMatchObject({
        total: 1,
        documents: [{ id: `${tag}-d2` }],
      });
    } finally {
      await store.close();
    }
  });
});
