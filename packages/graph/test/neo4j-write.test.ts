// The Neo4j write path against the real server: relationships created in a batch (summary computed by
// the client) equal those grown across imports (summary derived in Cypher); concurrent importers adding
// evidence to one relationship lose none; a failed batch leaves the store unchanged; hand-built rows
// may refer to stored entities they do not list; one batch relating two entities by several types keeps each
// relationship its own type.
import type { Driver } from 'neo4j-driver';
import { toDocRows, type DocRows, type Neo4jStore } from '@kg/graph';
import { testDriver, testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { fixtureId, makeResult, sampleArticles } from './fixtures.js';
import { graphState } from './neo4j-state.js';

let driver: Driver;
let store: Neo4jStore;
const open = (batchRows?: number) => testStore({ batchRows });
const norm = (xs: string[], tag: string) => xs.map((x) => x.replaceAll(tag, 'T'));

beforeAll(async () => {
  driver = testDriver();
  store = await open();
});
afterAll(async () => {
  await store.close();
  await driver.close();
});

/** `n` one-sentence articles that all give evidence for United States -SANCTIONS-> Huawei. */
function sanctionArticles(tag: string, n: number) {
  return Array.from({ length: n }, (_, i) =>
    makeResult(tag, {
      id: `s${i}`,
      date: `2024-03-${String(i + 10).padStart(2, '0')}`,
      sentences: [
        {
          text: `The United States sanctions Huawei (${i}).`,
          entities: [
            ['United States', 'Place'],
            ['Huawei', 'Organization'],
          ],
          triples: [['United States', 'SANCTIONS', 'Huawei', i % 2 ? 'sanctions' : 'punishes']],
        },
      ],
    }),
  );
}

test.each([
  ['one import, one batch', (s: Neo4jStore, docs: ReturnType<typeof sampleArticles>) => s.importDocuments(docs)],
  [
    'one import, a batch per document',
    async (_s: Neo4jStore, docs: ReturnType<typeof sampleArticles>) => {
      const small = await open(1);
      await small.importDocuments(docs).finally(() => small.close());
    },
  ],
  [
    'an import per document, newest first',
    async (s: Neo4jStore, docs: ReturnType<typeof sampleArticles>) => {
      for (const d of [...docs].reverse()) await s.importDocuments([d]);
    },
  ],
])('%s gives the same graph as a single batch', async (_how, load) => {
  const tag = uniqueTag('grow');
  const clean = uniqueTag('grow-clean');
  const docs = [...sampleArticles(tag), ...sanctionArticles(tag, 3)];
  await load(store, docs);
  await store.importDocuments([...sampleArticles(clean), ...sanctionArticles(clean, 3)]);
  const omit = ['importedAt', 'hash'];
  const got = await graphState(driver, tag, omit);
  const want = await graphState(driver, clean, omit);
  expect(norm(got.rels, tag)).toEqual(norm(want.rels, clean));
  expect(norm(got.nodes, tag)).toEqual(norm(want.nodes, clean));
  const { records } = await driver.executeQuery(
    'MATCH (:Entity {id: $us})-[r:SANCTIONS]->() RETURN r.weight AS w, r.phrases AS p, r.firstSeen AS f, r.lastSeen AS l',
    { us: fixtureId(tag, 'United States', 'Place') },
    { database: 'neo4j' },
  );
  expect(records.map((r) => [Number(r.get('w')), r.get('p'), r.get('f'), r.get('l')])).toEqual([
    [5, ['expanded sanctions on', 'sanctions', 'punishes'], '2024-03-10', '2024-06-01'],
  ]);
});

test('concurrent importers adding evidence to one relationship lose none', async () => {
  const tag = uniqueTag('race');
  const docs = sanctionArticles(tag, 8);
  await store.importDocuments([docs[0]]); // the relationship exists: every importer takes the merge path
  const stores = await Promise.all([open(), open(), open(), open()]);
  try {
    await Promise.all(stores.map((s, i) => s.importDocuments([docs[1 + i], docs[5 + (i % 3)]])));
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
  const { records } = await driver.executeQuery(
    'MATCH (:Entity {id: $us})-[r:SANCTIONS]->() RETURN r.weight AS w, r.evidence AS e, size(r.support) AS s',
    { us: fixtureId(tag, 'United States', 'Place') },
    { database: 'neo4j' },
  );
  expect(records.map((r) => [Number(r.get('w')), Number(r.get('s')), r.get('e')])).toEqual([
    [8, 8, docs.map((d) => `${d.document.id}:0`)],
  ]);
});

test('a batch that fails leaves the store unchanged', async () => {
  const tag = uniqueTag('fail');
  const [a, b] = sampleArticles(tag);
  await store.importDocuments([a]);
  const before = await graphState(driver, tag);
  const edited = toDocRows(
    makeResult(tag, { id: 'a', sentences: [{ text: 'Huawei thrived.', entities: [['Huawei', 'Organization']] }] }),
  );
  const bad: DocRows = toDocRows(b);
  bad.relations[0] = { ...bad.relations[0], type: 'NOT) DETACH DELETE (n' };
  await expect(store.importRows([edited, bad])).rejects.toMatchObject({
    name: 'WriteDocumentsError',
    message: expect.stringMatching(/^writeDocuments: expected a safe relationship type/),
  });
  expect(await graphState(driver, tag)).toEqual(before);
});

test('hand-built rows may mention and relate stored entities they do not list', async () => {
  const tag = uniqueTag('refs');
  await store.importDocuments([sampleArticles(tag)[0]]);
  const rows = toDocRows(
    makeResult(tag, {
      id: 'x',
      date: '2024-09-01',
      sentences: [
        {
          text: 'The United States sanctions Huawei.',
          entities: [
            ['United States', 'Place'],
            ['Huawei', 'Organization'],
          ],
          triples: [['United States', 'SANCTIONS', 'Huawei', 'sanctions']],
        },
      ],
    }),
  );
  await store.importRows([{ ...rows, entities: [] }]);
  const { records } = await driver.executeQuery(
    `MATCH (s:Sentence {id: $sid})-[:MENTIONS_ENTITY]->(e:Entity) WITH s, collect(e.name) AS names
     MATCH (:Entity {id: $us})-[r:SANCTIONS]->() RETURN names, r.weight AS w, r.lastSeen AS l`,
    { sid: `${tag}-x:0`, us: fixtureId(tag, 'United States', 'Place') },
    { database: 'neo4j' },
  );
  expect(records.map((r) => [[...r.get('names')].sort(), Number(r.get('w')), r.get('l')])).toEqual([
    [['Huawei', 'United States'], 2, '2024-09-01'],
  ]);
});

test('one batch relating the same entities by several types keeps each relationship its own type', async () => {
  const tag = uniqueTag('types');
  const article = (id: string, triples: Array<[string, string, string, string]>) =>
    makeResult(tag, {
      id,
      sentences: [
        {
          text: 'The United States sanctions and criticizes Huawei, which sues it.',
          entities: [
            ['United States', 'Place'],
            ['Huawei', 'Organization'],
          ],
          triples,
        },
      ],
    });
  // SUES is outside the extractor's vocabulary: it keeps a statement of its own.
  await store.importDocuments([
    article('a', [
      ['United States', 'SANCTIONS', 'Huawei', 'sanctions'],
      ['United States', 'CRITICIZES', 'Huawei', 'criticizes'],
      ['Huawei', 'SUES', 'United States', 'sues'],
    ]),
  ]);
  await store.importDocuments([
    article('b', [
      ['United States', 'CRITICIZES', 'Huawei', 'criticizes'],
      ['United States', 'ATTACKS', 'Huawei', 'attacks'],
    ]),
  ]);
  const { records } = await driver.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids
     RETURN a.name AS a, type(r) AS t, b.name AS b, r.weight AS w ORDER BY t`,
    { ids: [fixtureId(tag, 'United States', 'Place'), fixtureId(tag, 'Huawei', 'Organization')] },
    { database: 'neo4j' },
  );
  expect(records.map((r) => [r.get('a'), r.get('t'), r.get('b'), Number(r.get('w'))])).toEqual([
    ['United States', 'ATTACKS', 'Huawei', 1],
    ['United States', 'CRITICIZES', 'Huawei', 2],
    ['United States', 'SANCTIONS', 'Huawei', 1],
    ['Huawei', 'SUES', 'United States', 1],
  ]);
});
