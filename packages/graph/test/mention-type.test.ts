// The vocabulary's MENTIONS relation ("X mentioned Y") and the sentence→entity link no longer share a
// type in Neo4j: both stores count the same mentions and relations for the same article, and a store
// written with the old link name is migrated when it is opened.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { openEmbeddedStore, type GraphSnapshot } from '@kg/graph';
import { forgetMigrations, testDriver, testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { makeResult } from './fixtures.js';

let driver: Driver;
beforeAll(() => (driver = testDriver()));
afterAll(() => driver.close());

const article = (tag: string) =>
  makeResult(tag, {
    id: 'speech',
    sentences: [
      {
        text: 'Xi Jinping mentioned innovation in Beijing.',
        entities: [
          ['Xi Jinping', 'Person'],
          ['innovation', 'Concept'],
          ['Beijing', 'Place'],
        ],
        triples: [['Xi Jinping', 'MENTIONS', 'innovation', 'mentioned']],
      },
      {
        text: 'Xi Jinping praised innovation again.',
        entities: [
          ['Xi Jinping', 'Person'],
          ['innovation', 'Concept'],
        ],
        triples: [['Xi Jinping', 'PRAISES', 'innovation', 'praised']],
      },
    ],
  });

/** Per-entity mention counts and the relations, for one tag's part of a snapshot. */
function counts(snap: GraphSnapshot, tag: string) {
  const mine = (id: string) => id.startsWith(`${tag}:`);
  return {
    mentions: Object.fromEntries(
      snap.nodes.filter((n) => mine(n.id)).map((n) => [n.id.slice(tag.length), [n.mentions, n.degree]]),
    ),
    relations: snap.edges
      .filter((e) => mine(e.source))
      .map((e) => `${e.type} ${e.weight}`)
      .sort(),
  };
}

test('both stores give identical mention and relation counts for an article with a MENTIONS relation', async () => {
  const tag = uniqueTag('mentions');
  const embedded = await openEmbeddedStore({ dir: mkdtempSync(path.join(os.tmpdir(), 'kg-mentions-')) });
  const neo4j = await testStore();
  try {
    const a = await embedded.importDocuments([article(tag)]);
    const b = await neo4j.importDocuments([article(tag)]);
    expect(a.entitiesAdded).toBe(3);
    const want = {
      mentions: {
        ':person:xi-jinping': [2, 2],
        ':concept:innovation': [2, 2],
        ':place:beijing': [1, 0],
      },
      relations: ['MENTIONS 1', 'PRAISES 1'],
    };
    expect(counts(await embedded.snapshot(), tag)).toEqual(want);
    expect(counts(await neo4j.snapshot(), tag)).toEqual(want);
    // Neo4j's relationsAdded is the growth of the whole server's count, which other suites' imports on the
    // shared test server also move; the tagged counts above are what must agree.
    expect(b.relationsAdded).toBeGreaterThanOrEqual(a.relationsAdded);
  } finally {
    await embedded.close();
    await neo4j.close();
  }
});

test('opening a store written with the old (:Sentence)-[:MENTIONS]->(:Entity) link renames it', async () => {
  const tag = uniqueTag('oldmentions');
  const store = await testStore();
  await store.importDocuments([article(tag)]);
  await store.close();
  const q = (cypher: string) => driver.executeQuery(cypher, { tag }, { database: 'neo4j' });
  await q(`MATCH (s:Sentence)-[m:MENTIONS_ENTITY]->(e:Entity) WHERE e.id STARTS WITH $tag
           CREATE (s)-[:MENTIONS]->(e) DELETE m`);
  await forgetMigrations(driver);
  const reopened = await testStore();
  try {
    const { records } = await q(`MATCH (s:Sentence)-[m]->(e:Entity) WHERE e.id STARTS WITH $tag
                                 RETURN type(m) AS t, count(*) AS n ORDER BY t`);
    expect(records.map((r) => [r.get('t'), Number(r.get('n'))])).toEqual([['MENTIONS_ENTITY', 5]]);
    // The entity-to-entity MENTIONS relation is untouched.
    const rel = await q(`MATCH (a:Entity)-[r:MENTIONS]->(b:Entity) WHERE a.id STARTS WITH $tag RETURN count(r) AS n`);
    expect(Number(rel.records[0].get('n'))).toBe(1);
  } finally {
    await reopened.close();
  }
});
