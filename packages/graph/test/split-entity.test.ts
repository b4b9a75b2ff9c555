// `splitEntity` (kg aliases split) on the embedded store and on the real Neo4j: a surname that resolution
// joined to a full name across articles is taken off again, with what those articles said through it, and
// the alias file's veto keeps it apart on later imports. Articles written for these tests, real extractor.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from '@kg/extractor';
import { openEmbeddedStore, SplitEntityError, type GraphStore } from '@kg/graph';
import { testStore, uniqueTag } from '../../../test/neo4j-env.js';

const stores: Array<[string, () => Promise<{ store: GraphStore; tag: string }>]> = [
  [
    'embedded store',
    async () => ({
      store: await openEmbeddedStore({ dir: mkdtempSync(path.join(os.tmpdir(), 'kg-split-')) }),
      tag: 'emb',
    }),
  ],
  ['Neo4j', async () => ({ store: await testStore(), tag: uniqueTag('split') })],
];

const veto = [{ alias: 'Marrowby', canonical: 'Bill Marrowby' }];

describe.each(stores)('%s', (_name, open) => {
  let store: GraphStore;
  let tag: string;
  const docs: string[] = [];
  const put = async (id: string, text: string, options = {}) => {
    const docId = `${tag}-${id}`;
    if (!docs.includes(docId)) docs.push(docId);
    await store.importDocuments([extract(text, { id: docId })], options);
  };
  const named = async (name: string) =>
    (await store.search(name, 50)).filter((h) => h.matched === name && h.score === 1).map((h) => h.id);
  const neighbours = async (id: string) =>
    (await store.entity(id))!.relations.map((r) => `${r.type} ${r.other.id}`).sort();

  beforeAll(async () => {
    ({ store, tag } = await open());
    await put('a', 'Senator Bill Marrowby met Angela Merkel in Berlin on Monday. Marrowby praised the plan.');
    await put('b', 'On Tuesday, Marrowby met Emmanuel Macron in Paris.');
    await put('c', 'On Friday, Marrowby met Olaf Scholz in Hamburg.');
  });
  afterAll(async () => {
    for (const d of docs) await store.deleteDocument(d);
    await store.close();
  });

  test('a bad split is a SplitEntityError and changes nothing', async () => {
    const [bill] = await named('Bill Marrowby');
    expect(await named('Marrowby')).toEqual([bill]);
    const before = await store.entity(bill);
    await expect(store.splitEntity(bill, ['Nobody'], veto)).rejects.toThrow(SplitEntityError);
    await expect(store.splitEntity(bill, ['Nobody'], veto)).rejects.toThrow(/^splitEntity: expected names of/);
    await expect(store.splitEntity(`${tag}-no-such-node`, ['Marrowby'], veto)).rejects.toThrow(
      /^splitEntity: expected a stored entity id/,
    );
    await expect(store.splitEntity(bill, ['Bill Marrowby', 'Marrowby'], veto)).rejects.toThrow(/nothing would remain/);
    expect(await store.entity(bill)).toEqual(before);
  });

  test('the surname-only articles leave the full name with their relations; the veto holds on re-import', async () => {
    const [bill] = await named('Bill Marrowby');
    const result = await store.splitEntity(bill, ['Marrowby'], veto);
    const into = result.moved[0]?.into;
    expect(into).not.toBe(bill);
    // The first article still writes "Marrowby" beside "Bill Marrowby" (until it is re-imported).
    expect((await named('Marrowby')).sort()).toEqual([bill, into].sort());
    expect(result).toEqual({
      id: bill,
      moved: [
        { document: `${tag}-b`, name: 'Marrowby', into },
        { document: `${tag}-c`, name: 'Marrowby', into },
      ],
      inDocument: [`${tag}-a`],
    });
    const [macron] = await named('Emmanuel Macron');
    const [scholz] = await named('Olaf Scholz');
    const [merkel] = await named('Angela Merkel');
    expect(await neighbours(into)).toEqual(expect.arrayContaining([`MEETS ${macron}`, `MEETS ${scholz}`]));
    expect(await neighbours(bill)).toEqual(expect.arrayContaining([`MEETS ${merkel}`]));
    expect((await neighbours(bill)).some((n) => n.endsWith(macron) || n.endsWith(scholz))).toBe(false);
    const moved = (await store.entity(into))!;
    expect(moved.node.name).toBe('Marrowby');
    expect(moved.documents.map((d) => d.id).sort()).toEqual([`${tag}-b`, `${tag}-c`]);
    expect((await store.entity(bill))!.documents.map((d) => d.id)).toEqual([`${tag}-a`]);
    // A later article naming only the surname joins the split node, not the full name, under the veto.
    await put('d', 'On Sunday, Marrowby met Emmanuel Macron in Lyon.', { aliases: { veto } });
    expect((await named('Marrowby')).sort()).toEqual([bill, into].sort());
    expect((await store.entity(into))!.documents.map((d) => d.id).sort()).toEqual([`${tag}-b`, `${tag}-c`, `${tag}-d`]);
  });
});
