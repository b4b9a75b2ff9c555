// A snapshot cached by one process (a `kg serve`) is not shown after another process changed the store, even by
// a change that keeps every count: `kg aliases split` moving a name onto a node that already existed. Two store
// objects over one store stand for the two processes; the embedded store and the real Neo4j. Articles written
// for this test, real extractor.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from '@kg/extractor';
import { openEmbeddedStore, type GraphStore } from '@kg/graph';
import { testStore, uniqueTag } from '../../../test/neo4j-env.js';

const stores: Array<[string, () => Promise<{ serve: GraphStore; other: GraphStore; tag: string }>]> = [
  [
    'embedded store',
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-version-'));
      return { serve: await openEmbeddedStore({ dir }), other: await openEmbeddedStore({ dir }), tag: 'emb' };
    },
  ],
  ['Neo4j', async () => ({ serve: await testStore(), other: await testStore(), tag: uniqueTag('version') })],
];

const veto = [{ alias: 'Harrowgate', canonical: 'Quenby Harrowgate' }];

describe.each(stores)('%s', (_name, open) => {
  let serve: GraphStore;
  let other: GraphStore;
  let tag: string;
  const docs: string[] = [];
  const put = async (id: string, text: string, options = {}) => {
    docs.push(`${tag}-${id}`);
    await other.importDocuments([extract(text, { id: `${tag}-${id}` })], options);
  };
  const named = async (name: string) =>
    (await other.search(name, 50)).filter((h) => h.matched === name && h.score === 1).map((h) => h.id);
  const meets = async (id: string) =>
    (await serve.snapshot()).edges.filter((e) => e.type === 'MEETS' && e.target === id).map((e) => e.source);

  beforeAll(async () => {
    ({ serve, other, tag } = await open());
    await put('a', 'Senator Quenby Harrowgate met Ysolde Pennick in Tarvoss on Monday. Harrowgate praised the plan.');
    await put('b', 'On Tuesday, Harrowgate met Corvin Ashdale in Mellport.');
    // Kept apart by the veto: a node named "Harrowgate" of its own.
    await put('c', 'On Friday, Harrowgate met Idris Faulke in Quarrow.', { aliases: { veto } });
    // Two stores opened and three imports on a shared, loaded machine (60 s was too little under a full run).
  }, 180_000);
  afterAll(async () => {
    for (const d of docs) await other.deleteDocument(d);
    await serve.close();
    await other.close();
  });

  test("another process's split shows in the next snapshot", async () => {
    const [quenby] = await named('Quenby Harrowgate');
    const [harrowgate] = await named('Harrowgate');
    const [ashdale] = await named('Corvin Ashdale');
    expect(harrowgate).toBeDefined();
    expect(await meets(ashdale)).toEqual([quenby]);
    const counts = async () => {
      const { nodes, relationships, documents, sentences, claims } = await serve.stats();
      return { nodes, relationships, documents, sentences, claims };
    };
    const before = await counts();
    const result = await other.splitEntity(quenby, ['Harrowgate'], veto);
    expect(result.moved).toEqual([{ document: `${tag}-b`, name: 'Harrowgate', into: harrowgate }]);
    expect(await meets(ashdale)).toEqual([harrowgate]);
    // The change kept the counts the cache once keyed on (the embedded store is this test's alone).
    if (tag === 'emb') expect(await counts()).toEqual(before);
  }, 180_000);
});
