// Stores written before a body's name had its country-first key ("Bolivian Senate" → "bolivia senate") get
// it on open: the embedded store derives every entity's keys again (schema 11), Neo4j re-derives the nodes
// that lack it (migration level 2). A later article's "Senate of Bolivia" then joins the stored node.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { extract } from '@kg/extractor';
import { openEmbeddedStore, type GraphStore } from '@kg/graph';
import { forgetMigrations, testDriver, testStore, uniqueTag } from '../../../test/neo4j-env.js';

const named = async (store: GraphStore, name: string) =>
  (await store.search(name, 50)).filter((h) => h.matched === name && h.score === 1).map((h) => h.id);

test('embedded store: a schema-10 store gains the key on open', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-country-keys-'));
  let store = await openEmbeddedStore({ dir });
  await store.importDocuments([extract('The Bolivian Senate passed the bill on Monday.', { id: 'a' })]);
  await store.close();
  // As a store of the previous schema holds it: no country-first key.
  const db = new Database(path.join(dir, 'graph.db'));
  const variant = () => db.prepare(`SELECT entity_id FROM entity_keys WHERE key = 'n:bolivia senate'`).pluck().all();
  expect(variant()).toEqual(['bolivian-senate']);
  db.exec(`DELETE FROM entity_keys WHERE key = 'n:bolivia senate'; PRAGMA user_version = 10`);
  expect(variant()).toEqual([]);
  db.close();
  store = await openEmbeddedStore({ dir });
  try {
    await store.importDocuments([extract('The Senate of Bolivia debated the bill on Friday.', { id: 'b' })]);
    expect(await named(store, 'Senate of Bolivia')).toEqual(['bolivian-senate']);
  } finally {
    await store.close();
  }
});

test('Neo4j: a node without the key gets it (and its link) on open', async () => {
  const tag = uniqueTag('country-keys');
  const driver = testDriver();
  const store = await testStore();
  const docs = [`${tag}-a`, `${tag}-b`];
  try {
    await store.importDocuments([extract('The Uruguayan Senate passed the bill on Monday.', { id: docs[0] })]);
    const [id] = await named(store, 'Uruguayan Senate');
    const linked = async () =>
      (
        await driver.executeQuery(
          `MATCH (k:LookupKey {key: 'n:uruguay senate'})-[:KEY_OF]->(e:Entity {id: $id})
           RETURN [x IN e.keys WHERE x STARTS WITH 'n:uruguay senate'] AS keys`,
          { id },
          { database: 'neo4j' },
        )
      ).records.map((r) => (r.get('keys') as string[]).length);
    expect(await linked()).toEqual([1]);
    // As a node of the previous level holds it: no country-first key, no link.
    await driver.executeQuery(
      `MATCH (e:Entity {id: $id}) SET e.keys = [x IN e.keys WHERE NOT x STARTS WITH 'n:uruguay senate']
       WITH e MATCH (:LookupKey {key: 'n:uruguay senate'})-[r:KEY_OF]->(e) DELETE r`,
      { id },
      { database: 'neo4j' },
    );
    expect(await linked()).toEqual([]);
    await forgetMigrations(driver);
    const reopened = await testStore();
    try {
      expect(await linked()).toEqual([1]);
      await reopened.importDocuments([extract('The Senate of Uruguay debated the bill on Friday.', { id: docs[1] })]);
      expect(await named(reopened, 'Senate of Uruguay')).toEqual([id]);
    } finally {
      await reopened.close();
    }
  } finally {
    for (const d of docs) await store.deleteDocument(d).catch(() => undefined);
    await store.close();
    await driver.close();
  }
});
