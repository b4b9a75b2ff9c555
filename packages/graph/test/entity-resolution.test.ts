// Graph-level entity resolution across documents, on the embedded store and on the real Neo4j: articles
// written for these tests go through the real extractor, one import each (as `kg import` one by one).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { extract } from '@kg/extractor';
import { openEmbeddedStore, type GraphStore } from '@kg/graph';
import { testDriver, testStore, uniqueTag } from '../../../test/neo4j-env.js';

interface Fixture {
  store: GraphStore;
  tag: string;
  /** Raw node properties the store keeps beyond the read shapes (Neo4j: entries, keys, labels). */
  raw(ids: string[]): Promise<unknown>;
  close(): Promise<void>;
}

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const fixtures: Array<[string, () => Promise<Fixture>]> = [
  [
    'embedded store',
    async () => {
      const store = await openEmbeddedStore({ dir: mkdtempSync(path.join(os.tmpdir(), 'kg-resolve-')) });
      return { store, tag: 'emb', raw: async () => null, close: () => store.close() };
    },
  ],
  [
    'Neo4j',
    async () => {
      const store = await testStore();
      const tag = uniqueTag('resolve');
      const raw = async (ids: string[]) =>
        (
          await driver.executeQuery(
            `UNWIND $ids AS id MATCH (e:Entity {id: id})
             RETURN e.id AS id, labels(e) AS labels, e.entries AS entries, e.keys AS keys, e.lookup AS lookup ORDER BY id`,
            { ids },
            { database: 'neo4j' },
          )
        ).records.map((r) => r.toObject());
      return { store, tag, raw, close: () => store.close() };
    },
  ],
];

describe.each(fixtures)('%s', (_name, open) => {
  let f: Fixture;
  const docs: string[] = [];
  const put = async (id: string, text: string) => {
    const docId = `${f.tag}-${id}`;
    docs.push(docId);
    await f.store.importDocuments([extract(text, { id: docId })]);
  };
  /** The nodes the store holds under a name or alias, by exact search. */
  const named = async (name: string) =>
    (await f.store.search(name, 50)).filter((h) => h.matched === name && h.score === 1).map((h) => h.id);
  const details = async (ids: string[]) => ({
    entities: await Promise.all(ids.map((id) => f.store.entity(id))),
    raw: await f.raw(ids),
  });

  beforeAll(async () => {
    f = await open();
  });
  afterAll(async () => {
    for (const d of docs) await f.store.deleteDocument(d);
    await f.close();
  });

  test('"Donald Trump" in one article and "Trump" in the next are one node, explained', async () => {
    await put('trump-a', 'Donald Trump met Angela Merkel in Berlin.');
    await put('trump-b', 'On Monday, Trump said the talks in Paris went well.');
    const [id] = await named('Donald Trump');
    expect(await named('Trump')).toEqual([id]);
    const e = (await f.store.entity(id))!;
    expect(e.node).toMatchObject({ name: 'Donald Trump', type: 'Person', aliases: ['Trump'] });
    expect(e.documents.map((d) => d.id).sort()).toEqual([`${f.tag}-trump-a`, `${f.tag}-trump-b`]);
    const report = await f.store.doctor();
    expect(report.duplicates.filter((d) => d.nodes.some((n) => n.id === id))).toEqual([]);
  });

  test('"Qadiri" in a later article joins "Hamid al-Qadiri": the Arabic article is no part of the family name', async () => {
    await put('qadiri-a', 'Prime Minister Hamid al-Qadiri visited Mosul on Monday.');
    await put('qadiri-b', 'In Basra, Qadiri said the talks would go on.');
    const [id] = await named('Hamid al-Qadiri');
    expect(id).toBeDefined();
    expect(await named('Qadiri')).toEqual([id]);
  });

  test('one country\'s body however news names its country ("Peruvian Parliament", "Parliament of Peru") is one node; deleting restores', async () => {
    await put('body-a', 'The Peruvian Parliament passed the bill on Monday.');
    const [id] = await named('Peruvian Parliament');
    const before = await details([id]);
    await put('body-b', 'The Parliament of Peru debated the bill on Friday.');
    await put('body-c', 'Lawmakers in the Peru Parliament voted.');
    expect(await named('Parliament of Peru')).toEqual([id]);
    expect(await named('Peru Parliament')).toEqual([id]);
    const e = (await f.store.entity(id))!;
    expect(e.node.aliases.sort()).toEqual(['Parliament of Peru', 'Peru Parliament']);
    for (const d of ['body-c', 'body-b']) await f.store.deleteDocument(`${f.tag}-${d}`);
    expect(await details([id])).toEqual(before);
    // A body of another country, or a country's bank, keeps its own node.
    await put('body-d', 'The Chilean Parliament and the Bank of Peru met on Monday.');
    for (const other of ['Chilean Parliament', 'Bank of Peru']) {
      const ids = await named(other);
      expect(ids).toHaveLength(1);
      expect(ids).not.toEqual([id]);
    }
  });

  test('"Clinton" after Bill and Hillary Clinton stays apart, and the doctor lists it', async () => {
    await put('clinton-a', 'Senator Bill Clinton spoke in Chicago on Monday.');
    await put('clinton-b', 'Hillary Clinton visited Denver.');
    await put('clinton-c', 'In Seattle, Clinton praised the mayor.');
    const [bill] = await named('Bill Clinton');
    const [hillary] = await named('Hillary Clinton');
    const [clinton] = await named('Clinton');
    expect(new Set([bill, hillary, clinton]).size).toBe(3);
    const entry = (await f.store.doctor()).ambiguous.find((a) => a.node.id === clinton);
    expect(entry?.candidates.map((c) => c.name).sort()).toEqual(['Bill Clinton', 'Hillary Clinton']);
    expect(entry?.fix).toMatch(/^kg aliases add "Clinton" "(Bill|Hillary) Clinton"/);
  });

  test('a type corrected by a third article keeps the id; deleting it restores the earlier state exactly', async () => {
    await put('city-a', 'Workers at Korvenmaa rallied on Friday.');
    const [id] = await named('Korvenmaa');
    expect((await f.store.entity(id))!.node.type).toBe('Organization');
    await put('city-b', 'Officials in the city of Korvenmaa said the plant would close.');
    // One vote each: the first document's type (by id) holds.
    expect((await f.store.entity(id))!.node.type).toBe('Organization');
    const before = await details([id]);
    await put('city-c', 'Snow fell in the city of Korvenmaa on Sunday.');
    expect(await named('Korvenmaa')).toEqual([id]);
    expect((await f.store.entity(id))!.node.type).toBe('Place');
    const conflict = (await f.store.doctor({ limit: 1000 })).typeConflicts.find((c) => c.node.id === id);
    expect(conflict?.votes).toEqual({ Organization: { strong: 0, weak: 1 }, Place: { strong: 0, weak: 2 } });
    await f.store.deleteDocument(`${f.tag}-city-c`);
    expect(await details([id])).toEqual(before);
  });

  test('an unnamed event is its own document\'s: two articles\' "drone strike" stay two nodes; a re-import adds none', async () => {
    const a =
      'Drone strike hits fuel depot in Valmouth\n\nA drone strike hit a fuel depot in Valmouth on Monday. Officials said the strike destroyed three trucks.';
    const b =
      'Drone strike kills two in Karsby\n\nTwo soldiers died in a drone strike near Karsby on Friday. The strike was the third this month.';
    await put('strike-a', a);
    await put('strike-b', b);
    const ids = await named('drone strike');
    expect(ids.sort()).toEqual([`drone-strike@${f.tag}-strike-a`, `drone-strike@${f.tag}-strike-b`]);
    for (const id of ids) expect((await f.store.entity(id))!.documents).toHaveLength(1);
    const before = await details(ids);
    await put('strike-a', a);
    expect(await details(ids)).toEqual(before);
    // An edited version of the same article replaces its own node's support, on the same node.
    await f.store.importDocuments([extract(`${a} Nobody was hurt.`, { id: `${f.tag}-strike-a` })]);
    expect((await named('drone strike')).sort()).toEqual(ids);
    for (const id of ids) expect((await f.store.entity(id))!.documents).toHaveLength(1);
    const report = await f.store.doctor({ limit: 1000 });
    expect(report.duplicates.filter((d) => d.nodes.some((n) => ids.includes(n.id)))).toEqual([]);
  });

  test('a full name joins the surname-only node; deleting that article restores the node exactly', async () => {
    await put('okonjo-a', 'In Lagos, Minister Okonjo spoke to reporters.');
    const [id] = await named('Okonjo');
    const before = await details([id]);
    await put('okonjo-b', 'Finance minister Ngozi Okonjo arrived in Abuja.');
    expect(await named('Ngozi Okonjo')).toEqual([id]);
    expect((await f.store.entity(id))!.node).toMatchObject({ id, name: 'Ngozi Okonjo', aliases: ['Okonjo'] });
    await f.store.deleteDocument(`${f.tag}-okonjo-b`);
    expect(await details([id])).toEqual(before);
  });
});
