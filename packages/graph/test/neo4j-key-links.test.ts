// The Neo4j write path keeps each entity's (:LookupKey)-[:KEY_OF]-> links equal to its name keys while only
// sending the keys that changed (neo4j-identity.ts): a name a later batch adds is linked and found by
// resolution, a name a replaced or deleted document took away is unlinked, an entity seen in two batches
// has one link per key, a re-import changes nothing, entries a later batch adds land in order, and a batch
// that fails after its links were written leaves the store as it was. Against the real Neo4j.
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '@kg/extractor';
import { toDocRows, type DocRows, type Neo4jStore } from '@kg/graph';
import { nodeSlug } from '../src/node-keys.js';
import { testDriver, testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { fixtureId, makeResult } from './fixtures.js';
import { graphState, keyLinks } from './neo4j-state.js';

let driver: Driver;
let store: Neo4jStore;
let small: Neo4jStore;

beforeAll(async () => {
  driver = testDriver();
  store = await testStore();
  small = await testStore({ batchRows: 1 }); // a batch per document
});
afterAll(async () => {
  await Promise.all([store.close(), small.close()]);
  await driver.close();
});

/** A word no other test's names share (names are normalised to keys: letters only keep them apart). */
const word = () =>
  `Q${Date.now()
    .toString(36)
    .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)])}`;

/** One article naming the entity `id` as `name`, beside Huawei. */
function naming(tag: string, doc: string, id: string, name: string): ExtractionResult {
  const r = makeResult(tag, {
    id: doc,
    date: '2024-05-01',
    sentences: [
      {
        text: `${name} sued Huawei.`,
        entities: [
          [name, 'Organization'],
          ['Huawei', 'Organization'],
        ],
        triples: [[name, 'SUES', 'Huawei', 'sued']],
      },
    ],
  });
  const from = r.entities[0].id;
  const swap = (x: string) => (x === from ? id : x);
  r.entities[0] = { ...r.entities[0], id };
  r.triples = r.triples.map((t) => ({ ...t, subject: swap(t.subject), object: swap(t.object) }));
  return r;
}

/** The node the sentences of document `doc` mention under `name`. */
async function mentioned(doc: string, name: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (:Document {id: $doc})-[:HAS_SENTENCE]->()-[:MENTIONS_ENTITY]->(e:Entity) WHERE e.name = $name OR $name IN e.aliases
     RETURN DISTINCT e.id AS id`,
    { doc, name },
    { database: 'neo4j' },
  );
  return records.map((r) => r.get('id') as string);
}

test('a name a later batch adds is linked and found; one a replaced or deleted document gave is unlinked', async () => {
  const tag = uniqueTag('keys');
  const w = word();
  const id = fixtureId(tag, `${w} Corp`, 'Organization');
  await small.importDocuments([
    naming(tag, 'a', id, `${w} Corp`),
    naming(tag, 'b', id, `${w} Corporation`), // the second batch adds a name to a stored entity
  ]);
  let links = await keyLinks(driver, tag);
  expect(links.get(id)?.linked).toEqual(links.get(id)?.keys);
  expect(links.get(id)?.linked).toEqual(expect.arrayContaining([`n:${w.toLowerCase()} corporation`]));

  // The edited article names it otherwise: its old name's key goes, the new one's comes.
  await store.importDocuments([naming(tag, 'b', id, `${w} Holdings`)]);
  links = await keyLinks(driver, tag);
  expect(links.get(id)?.linked).toEqual(links.get(id)?.keys);
  expect(links.get(id)?.linked).toEqual(expect.arrayContaining([`n:${w.toLowerCase()} holdings`]));
  expect(links.get(id)?.linked).not.toContain(`n:${w.toLowerCase()} corporation`);

  // Resolution finds the node through the newly linked key (an extractor id is resolved, not kept).
  await store.importDocuments([naming(tag, 'c', `organization:${w.toLowerCase()}-holdings`, `${w} Holdings`)]);
  expect(await mentioned(`${tag}-c`, `${w} Holdings`)).toEqual([id]);

  await store.deleteDocument(`${tag}-b`);
  links = await keyLinks(driver, tag);
  for (const [, l] of links) expect(l.linked).toEqual(l.keys);
  expect(links.get(id)?.linked).toContain(`n:${w.toLowerCase()} holdings`); // document c still gives it
  await store.deleteDocument(`${tag}-c`);
  links = await keyLinks(driver, tag);
  expect(links.get(id)?.linked).toEqual(links.get(id)?.keys);
  expect(links.get(id)?.linked).not.toContain(`n:${w.toLowerCase()} holdings`);
});

test("a name key of the node's own slug family is not linked, and resolution still finds the node by it", async () => {
  const tag = uniqueTag('keys-family');
  const w = word();
  // A node whose id is its name's slug plus the tag's: its key "n:<w> corp <tag>" is of its own family.
  const name = `${w} Corp ${tag.replace(/[^a-z]/gi, '')}`;
  const slug = nodeSlug(name);
  await store.importDocuments([naming(tag, 'a', slug, name)]);
  const linked = async () =>
    (
      await driver.executeQuery(
        'MATCH (x:LookupKey)-[:KEY_OF]->(:Entity {id: $slug}) RETURN collect(x.key) AS keys',
        { slug },
        { database: 'neo4j' },
      )
    ).records[0].get('keys') as string[];
  expect(await linked()).toEqual([]);
  // An extractor id is resolved: the family's range finds the stored node without a link.
  await store.importDocuments([naming(tag, 'b', `organization:${slug}`, name)]);
  expect(await mentioned(`${tag}-b`, name)).toEqual([slug]);
  expect(await linked()).toEqual([]);
  await store.deleteDocument(`${tag}-a`);
  await store.deleteDocument(`${tag}-b`);
});

/** The same article with other text: a new content hash, so a re-import replaces it. */
function edited(r: ExtractionResult): ExtractionResult {
  return { ...r, sentences: r.sentences.map((s) => ({ ...s, text: `${s.text} ` })) };
}

test('an entity seen in two batches, and re-imports, leave one link per key and the graph of one batch', async () => {
  const tag = uniqueTag('keys2');
  const clean = uniqueTag('keys2-clean');
  const w = word();
  const docs = (t: string) => {
    const id = fixtureId(t, `${w} Corp`, 'Organization');
    return [naming(t, 'a', id, `${w} Corp`), naming(t, 'b', id, `${w} Corporation`), naming(t, 'c', id, `${w} Inc`)];
  };
  await small.importDocuments(docs(tag));
  await store.importDocuments(docs(clean));
  const norm = (xs: string[], t: string) => xs.map((x) => x.replaceAll(t, 'T'));
  const omit = ['importedAt', 'hash'];
  const state = await graphState(driver, tag, omit);
  const want = await graphState(driver, clean, omit);
  expect(norm(state.nodes, tag)).toEqual(norm(want.nodes, clean));
  expect(norm(state.rels, tag)).toEqual(norm(want.rels, clean));
  for (const [, l] of await keyLinks(driver, tag)) expect(l.linked).toEqual(l.keys);

  // The same articles again change nothing; an edited one and then its original put back the same graph.
  const again = await store.importDocuments(docs(tag));
  expect(again.unchanged).toBe(3);
  expect(await graphState(driver, tag, omit)).toEqual(state);
  await small.importDocuments([edited(docs(tag)[1])]);
  await small.importDocuments([docs(tag)[1]]);
  expect(await graphState(driver, tag, omit)).toEqual(state);
  for (const [, l] of await keyLinks(driver, tag)) expect(l.linked).toEqual(l.keys);
});

test('documents that sort before the stored ones put their entries in order, as one batch of all would', async () => {
  // A later batch sends only its new entries, which the statement inserts into the stored, sorted list.
  const tag = uniqueTag('keys4');
  const clean = uniqueTag('keys4-clean');
  const w = word();
  const docs = (t: string) => {
    const id = fixtureId(t, `${w} Corp`, 'Organization');
    return ['a', 'b', 'c'].map((d) => naming(t, d, id, `${w} Corp`));
  };
  const [a, b, c] = docs(tag);
  await small.importDocuments([b, c, a]); // the last batch's entry goes before both stored ones
  await store.importDocuments(docs(clean));
  const norm = (xs: string[], t: string) => xs.map((x) => x.replaceAll(t, 'T'));
  const state = await graphState(driver, tag, ['importedAt', 'hash']);
  const want = await graphState(driver, clean, ['importedAt', 'hash']);
  expect(norm(state.nodes, tag)).toEqual(norm(want.nodes, clean));
  expect(state.nodes.join('\n')).toContain(`${tag}-a`);
});

test('a batch that fails after writing names and links leaves the store unchanged', async () => {
  const tag = uniqueTag('keys3');
  const w = word();
  const id = fixtureId(tag, `${w} Corp`, 'Organization');
  const withClaim = (doc: string, name: string) =>
    makeResult(tag, {
      id: doc,
      sentences: [
        {
          text: `${name} said Huawei lied.`,
          entities: [
            [name, 'Organization'],
            ['Huawei', 'Organization'],
          ],
          claims: [[name, 'say', 'Huawei lied', false, ['Huawei']]],
        },
      ],
    });
  await store.importDocuments([naming(tag, 'a', id, `${w} Corp`), withClaim('x', `${w} Ltd`)]);
  const before = await graphState(driver, tag);
  const linksBefore = await keyLinks(driver, tag);
  // A new name for the stored entity and a new entity (both written, with their links), then a claim whose
  // id is taken: the Claim id constraint fails the batch's last statements, after the links.
  const rows: DocRows = toDocRows(naming(tag, 'b', id, `${w} Corporation`));
  const stored = toDocRows(withClaim('x', `${w} Ltd`)).claims![0];
  const bad: DocRows = { ...rows, claims: [{ ...stored, id: stored.id, sentenceId: rows.sentences[0].id }] };
  bad.claims![0].speaker = id;
  await expect(store.importRows([bad])).rejects.toThrow(/already exists|ConstraintValidationFailed/);
  expect(await graphState(driver, tag)).toEqual(before);
  expect(await keyLinks(driver, tag)).toEqual(linksBefore);
  const { records } = await driver.executeQuery(
    'MATCH (x:LookupKey {key: $k}) RETURN count(x) AS n',
    { k: `n:${w.toLowerCase()} corporation` },
    { database: 'neo4j' },
  );
  expect(Number(records[0].get('n'))).toBe(0);
});
