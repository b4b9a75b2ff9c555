// Entity details in pages, in both stores (the embedded one and a real Neo4j): the first evidence items
// of each relation and claims of each list, the latest documents, and the totals before the cut — the
// same answer from both, and the page's items the same as the full list's first ones.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedStore, resolveEntityPage, DEFAULT_ENTITY_PAGE, type GraphStore } from '@kg/graph';
import { testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { claimArticles, fixtureId, makeResult, sampleArticles, type FixtureSentence } from './fixtures.js';

test.each([
  [{}, DEFAULT_ENTITY_PAGE],
  [{ evidence: 1 }, { ...DEFAULT_ENTITY_PAGE, evidence: 1 }],
  [
    { claims: 7, documents: 3 },
    { ...DEFAULT_ENTITY_PAGE, claims: 7, documents: 3 },
  ],
])('resolveEntityPage(%j)', (partial, expected) => {
  expect(resolveEntityPage(partial)).toEqual(expected);
});

test.each([[{ evidence: 0 }], [{ claims: 1.5 }], [{ documents: -2 }], [{ evidence: 1e9 }]])(
  'resolveEntityPage(%j) throws',
  (partial) => {
    expect(() => resolveEntityPage(partial)).toThrow(/^resolveEntityPage: expected \w+ to be an integer from 1 to/);
  },
);

const stores: Array<[string, () => Promise<GraphStore>]> = [
  ['embedded', () => openEmbeddedStore({ dir: mkdtempSync(path.join(os.tmpdir(), 'kg-page-')) })],
  ['neo4j', () => testStore()],
];

describe.each(stores)('entity details in pages (%s store)', (_kind, open) => {
  let store: GraphStore;
  beforeEach(async () => (store = await open()));
  afterEach(() => store.close());

  test('a relation keeps its first evidence sentences and its weight; the latest documents; the totals', async () => {
    const tag = uniqueTag('page');
    await store.importDocuments(sampleArticles(tag));
    const us = fixtureId(tag, 'United States', 'Place');
    const full = (await store.entity(us))!;
    const paged = (await store.entity(us, { evidence: 1, documents: 1 }))!;
    const sanctions = (d: typeof full) => d.relations.find((r) => r.type === 'SANCTIONS')!;
    expect(sanctions(full).evidence.map((e) => e.text)).toEqual([
      'The United States expanded sanctions on Huawei.',
      'Washington: the United States sanctions Huawei again.',
    ]);
    expect([sanctions(paged).weight, sanctions(paged).evidence]).toEqual([2, sanctions(full).evidence.slice(0, 1)]);
    expect(full.totals.documents).toBe(2);
    expect([paged.documents.map((d) => d.title), paged.totals.documents]).toEqual([['More sanctions'], 2]);
  });

  test('claim lists keep their first claims and count them all', async () => {
    const tag = uniqueTag('page-claims');
    await store.importDocuments(claimArticles(tag));
    const acme = fixtureId(tag, 'Acme', 'Organization');
    const full = (await store.entity(acme))!;
    const paged = (await store.entity(acme, { claims: 1 }))!;
    expect(full.saidAbout.map((c) => c.verb)).toEqual(['say', 'deny']);
    expect(paged.saidAbout).toEqual(full.saidAbout.slice(0, 1));
    expect(paged.totals).toEqual({ documents: 2, said: 0, saidAbout: 2 });
    const jane = (await store.entity(fixtureId(tag, 'Jane Doe', 'Person'), { claims: 1 }))!;
    expect([jane.said.length, jane.totals.said]).toEqual([1, 2]);
  });

  // Documents imported out of id order, several claims in one document: a page cut anywhere (inside a
  // document too) is the full list's first claims.
  test.each([1, 2, 3, 4, 5])('a page of %i claims is the first of the full lists', async (limit) => {
    const tag = uniqueTag(`page-cut-${limit}`);
    const said = (n: number): FixtureSentence => ({
      text: `Jane Doe said Acme had ${n} new stores.`,
      entities: [
        ['Jane Doe', 'Person'],
        ['Acme', 'Organization'],
      ],
      claims: [['Jane Doe', 'say', `Acme had ${n} new stores`, false, ['Acme']]],
    });
    await store.importDocuments([
      makeResult(tag, { id: 'c', sentences: [said(1), said(2)] }),
      makeResult(tag, { id: 'a', sentences: [said(3)] }),
      makeResult(tag, { id: 'b', sentences: [said(4), said(5), said(6)] }),
    ]);
    const jane = fixtureId(tag, 'Jane Doe', 'Person');
    const acme = fixtureId(tag, 'Acme', 'Organization');
    const full = [(await store.entity(jane))!.said, (await store.entity(acme))!.saidAbout];
    const paged = [
      (await store.entity(jane, { claims: limit }))!.said,
      (await store.entity(acme, { claims: limit }))!.saidAbout,
    ];
    expect(full.map((l) => l.map((c) => c.text))).toEqual(
      Array(2).fill(['3', '4', '5', '6', '1', '2'].map((n) => `Acme had ${n} new stores`)),
    );
    expect(paged).toEqual(full.map((l) => l.slice(0, limit)));
  });
});
