// The time a clause names ("on Monday", resolved against the article's date by the extractor) in both
// stores, the embedded one and a real Neo4j: on each piece of an edge's evidence and on each claim, kept
// through re-imports, the Neo4j copy of an embedded store (kg migrate) and the SQLite migration that adds it.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openEmbeddedStore, type GraphStore } from '@kg/graph';
import type { ExtractionResult } from '@kg/extractor';
import { testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { fixtureId, makeResult } from './fixtures.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kg-time-'));
const stores: Array<[string, () => Promise<GraphStore>]> = [
  ['embedded', () => openEmbeddedStore({ dir: tmp() })],
  ['neo4j', () => testStore()],
];

/** An article dated Wednesday 2024-05-01: a purchase "on Monday", one with no time, and a dated statement. */
function timedArticle(tag: string): ExtractionResult {
  const r = makeResult(tag, {
    id: 't',
    title: 'Deal',
    date: '2024-05-01',
    sentences: [
      {
        text: 'Acme bought Beta on Monday.',
        entities: [
          ['Acme', 'Organization'],
          ['Beta', 'Organization'],
        ],
        triples: [['Acme', 'ACQUIRES', 'Beta', 'bought']],
      },
      {
        text: 'Acme sued Gamma.',
        entities: [
          ['Acme', 'Organization'],
          ['Gamma', 'Organization'],
        ],
        triples: [['Acme', 'SUES', 'Gamma', 'sued']],
      },
      {
        text: 'Jane Doe said on Tuesday that Beta would close.',
        entities: [
          ['Jane Doe', 'Person'],
          ['Beta', 'Organization'],
        ],
        claims: [['Jane Doe', 'say', 'Beta would close', false, ['Beta']]],
      },
    ],
  });
  r.triples[0].time = { text: 'on Monday', value: '2024-04-29' };
  r.claims[0].time = { text: 'on Tuesday', value: '2024-04-30' };
  return r;
}

const timesOf = async (store: GraphStore, tag: string) => {
  const acme = (await store.entity(fixtureId(tag, 'Acme', 'Organization')))!;
  return acme.relations.map(
    (r) => `${r.type} ${r.other.name} ${JSON.stringify(r.evidence.map((e) => e.time ?? null))}`,
  );
};

describe.each(stores)('evidence and claim times (%s store)', (_kind, open) => {
  let store: GraphStore;
  beforeEach(async () => (store = await open()));
  afterEach(() => store.close());

  test('each piece of evidence and each claim keeps its time; none where the clause names none', async () => {
    const tag = uniqueTag('time');
    await store.importDocuments([timedArticle(tag)]);
    expect(await timesOf(store, tag)).toEqual([
      'ACQUIRES Beta [{"text":"on Monday","value":"2024-04-29"}]',
      'SUES Gamma [null]',
    ]);
    const edge = await store.edge(
      `${fixtureId(tag, 'Acme', 'Organization')}|ACQUIRES|${fixtureId(tag, 'Beta', 'Organization')}`,
    );
    expect(edge!.evidence.map((e) => e.time)).toEqual([{ text: 'on Monday', value: '2024-04-29' }]);
    const jane = (await store.entity(fixtureId(tag, 'Jane Doe', 'Person')))!;
    expect(jane.said.map((c) => c.time)).toEqual([{ text: 'on Tuesday', value: '2024-04-30' }]);
    // The same article again changes nothing.
    expect((await store.importDocuments([timedArticle(tag)])).unchanged).toBe(1);
    expect(await timesOf(store, tag)).toHaveLength(2);
  });
});

test('kg migrate --to neo4j carries the times', async () => {
  const tag = uniqueTag('time-migrate');
  const embedded = await openEmbeddedStore({ dir: tmp() });
  const neo4j = await testStore();
  try {
    await embedded.importDocuments([timedArticle(tag)]);
    await neo4j.importRows(await embedded.documents());
    expect(await timesOf(neo4j, tag)).toEqual(await timesOf(embedded, tag));
    const said = async (s: GraphStore) =>
      (await s.entity(fixtureId(tag, 'Jane Doe', 'Person')))!.said.map((c) => c.time);
    expect(await said(neo4j)).toEqual(await said(embedded));
  } finally {
    await Promise.all([embedded.close(), neo4j.close()]);
  }
});

test('a store from before times is migrated on open: old evidence has none, new imports keep theirs', async () => {
  const dir = tmp();
  const tag = uniqueTag('time-v5');
  const old = await openEmbeddedStore({ dir });
  await old.importDocuments([
    makeResult(tag, { id: 'x', sentences: [{ text: 'Acme.', entities: [['Acme', 'Organization']] }] }),
  ]);
  await old.close();
  const db = new Database(path.join(dir, 'graph.db'));
  db.exec(`ALTER TABLE support DROP COLUMN time_text; ALTER TABLE support DROP COLUMN time_value;
    ALTER TABLE claims DROP COLUMN time_text; ALTER TABLE claims DROP COLUMN time_value;
    PRAGMA user_version = 7`);
  db.close();
  const store = await openEmbeddedStore({ dir });
  try {
    await store.importDocuments([timedArticle(tag)]);
    expect(await timesOf(store, tag)).toEqual([
      'ACQUIRES Beta [{"text":"on Monday","value":"2024-04-29"}]',
      'SUES Gamma [null]',
    ]);
  } finally {
    await store.close();
  }
});
