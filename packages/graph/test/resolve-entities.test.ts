// New node ids (resolve-entities.ts newId): a new node takes its name's slug, or the first numbered form
// (slug-2, slug-3, …) no stored node holds. Every stored node of the slug's family is looked up, however many
// there are, so a new node never lands on a stored one with another name. On the embedded store and the real Neo4j.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityType, ExtractionResult } from '@kg/extractor';
import { openEmbeddedStore, type GraphStore } from '@kg/graph';
import { testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { makeResult } from './fixtures.js';

const stores: Array<[string, () => Promise<GraphStore>]> = [
  ['embedded store', () => openEmbeddedStore({ dir: mkdtempSync(path.join(os.tmpdir(), 'kg-new-ids-')) })],
  ['Neo4j', () => testStore()],
];

/** A word of letters no other test's names share (a name's slug is its id, shared by the whole server). */
const word = () =>
  `Qid${Date.now()
    .toString(36)
    .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)])}${Math.random()
    .toString(36)
    .slice(2, 6)
    .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)])}`;

/** One article naming `names` (name, type), with ids as the extractor makes them, so the store resolves them. */
function naming(tag: string, doc: string, names: Array<[string, EntityType]>): ExtractionResult {
  const r = makeResult(tag, {
    id: doc,
    sentences: [{ text: names.map(([n]) => n).join(', ') + '.', entities: names }],
  });
  const ids = new Map(
    r.entities.map((e) => [e.id, `${e.type.toLowerCase()}:${e.name.toLowerCase().replace(/ /g, '-')}`]),
  );
  return { ...r, entities: r.entities.map((e) => ({ ...e, id: ids.get(e.id)! })) };
}

describe.each(stores)('%s', (_name, open) => {
  let store: GraphStore;
  const tag = uniqueTag('new-ids');
  const docs: string[] = [];
  const put = async (doc: string, names: Array<[string, EntityType]>) => {
    docs.push(`${tag}-${doc}`);
    await store.importDocuments([naming(tag, doc, names)]);
  };
  /** The ids of the nodes holding `name` as their name (exact search). */
  const named = async (name: string) =>
    (await store.search(name, 50)).filter((h) => h.matched === name && h.score === 1).map((h) => h.id);

  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    for (const d of docs) await store.deleteDocument(d);
    await store.close();
  });

  test('a new node skips every numbered id the store holds, past the sixth', async () => {
    const w = word();
    const slug = w.toLowerCase();
    // "W", "W 2" … "W 7": their slugs are the ids a later new "w" would be numbered with.
    const numbered = ['', ' 2', ' 3', ' 4', ' 5', ' 6', ' 7', ' 8'].map((n) => `${w}${n}`);
    await put(
      'a',
      numbered.map((n) => [n, 'Organization']),
    );
    const ids = numbered.map((n) => (n === w ? slug : `${slug}-${n.slice(w.length + 1)}`));
    for (const [i, n] of numbered.entries()) expect(await named(n)).toEqual([ids[i]]);

    // A common noun with the name's letters is no name: a node of its own, on the first free id.
    await put('b', [[slug, 'Concept']]);
    expect(await named(slug)).toEqual([`${slug}-9`]);
    for (const [i, n] of numbered.entries()) {
      const node = (await store.entity(ids[i]))?.node;
      expect([node?.name, node?.type]).toEqual([n, 'Organization']);
    }
  });

  test('two new nodes of one slug in one batch take two free ids', async () => {
    const w = word();
    const slug = w.toLowerCase();
    await put('c', [
      [w, 'Organization'],
      [`${w} 3`, 'Organization'],
    ]);
    // Two articles in one import: a common noun and a date with the same letters, each its own node.
    docs.push(`${tag}-d`, `${tag}-e`);
    await store.importDocuments([naming(tag, 'd', [[slug, 'Concept']]), naming(tag, 'e', [[slug, 'Date']])]);
    const got = (await named(slug)).sort();
    expect(got).toEqual([`${slug}-2`, `${slug}-4`]);
    expect((await store.entity(`${slug}-3`))?.node.name).toBe(`${w} 3`);
  });
});
