// Stores written before graph-level entity resolution (ids `<type>:<slug>`, one node per type guess) are
// migrated on open: the embedded store re-resolves every document, Neo4j gives each node its per-document
// entries and merges the nodes a name split.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATION_LEVEL, openEmbeddedStore, SCHEMA_VERSION } from '@kg/graph';
import { forgetMigrations, settled, testDriver, testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { makeResult } from './fixtures.js';

/** Two documents naming one senate, typed apart: the store as kg wrote it before resolution (schema 1). */
function writeVersionOneStore(dir: string): void {
  const db = new Database(path.join(dir, 'graph.db'));
  db.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('version', '3');
    CREATE TABLE documents (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, title TEXT, source TEXT,
      date TEXT, hash TEXT NOT NULL, imported_at TEXT NOT NULL, seen TEXT NOT NULL, sentences INTEGER NOT NULL);
    CREATE TABLE sentences (id TEXT PRIMARY KEY, doc_seq INTEGER NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
      start INTEGER NOT NULL, end INTEGER NOT NULL);
    CREATE TABLE doc_entities (entity_id TEXT NOT NULL, doc_seq INTEGER NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL,
      type TEXT NOT NULL, aliases TEXT NOT NULL, PRIMARY KEY (entity_id, doc_seq)) WITHOUT ROWID;
    CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL,
      mentions INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
    CREATE TABLE mentions (entity_id TEXT NOT NULL, doc_seq INTEGER NOT NULL, sentence_id TEXT NOT NULL, ord INTEGER NOT NULL,
      PRIMARY KEY (entity_id, doc_seq, sentence_id)) WITHOUT ROWID;
    CREATE TABLE edges (id TEXT PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL,
      weight INTEGER NOT NULL DEFAULT 0, phrases TEXT NOT NULL DEFAULT '[]', evidence TEXT NOT NULL DEFAULT '[]',
      first_seen TEXT, last_seen TEXT) WITHOUT ROWID;
    CREATE TABLE support (edge_id TEXT NOT NULL, sentence_id TEXT NOT NULL, doc_seq INTEGER NOT NULL, ord INTEGER NOT NULL,
      phrase TEXT NOT NULL, subject_start INTEGER, subject_end INTEGER, object_start INTEGER, object_end INTEGER,
      PRIMARY KEY (edge_id, sentence_id)) WITHOUT ROWID;
    CREATE TABLE analytics (entity_id TEXT PRIMARY KEY, degree REAL, pagerank REAL, community INTEGER, component INTEGER,
      x REAL, y REAL) WITHOUT ROWID;
    INSERT INTO documents VALUES (1, 'a', NULL, NULL, NULL, 'h1', '2024-01-01T00:00:00Z', '2024-01-01', 1),
      (2, 'b', NULL, NULL, NULL, 'h2', '2024-01-02T00:00:00Z', '2024-01-02', 1);
    INSERT INTO sentences VALUES ('a:0', 1, 0, 'The Senate voted.', 0, 17), ('b:0', 2, 0, 'Rain fell on the Senate.', 0, 24);
    INSERT INTO doc_entities VALUES ('organization:senate', 1, 0, 'Senate', 'Organization', '[]'),
      ('place:senate', 2, 0, 'Senate', 'Place', '[]');
    INSERT INTO entities VALUES ('organization:senate', 'Senate', 'Organization', '[]', 1),
      ('place:senate', 'Senate', 'Place', '[]', 1);
    INSERT INTO mentions VALUES ('organization:senate', 1, 'a:0', 0), ('place:senate', 2, 'b:0', 0);
    PRAGMA user_version = 1;`);
  db.close();
}

test('the embedded store re-resolves a schema-1 store on open: one node, both votes', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-identity-migrate-'));
  writeVersionOneStore(dir);
  const store = await openEmbeddedStore({ dir });
  try {
    const snap = await store.snapshot();
    expect(snap.nodes.map((n) => [n.id, n.name, n.type, n.mentions])).toEqual([
      ['senate', 'Senate', 'Organization', 2],
    ]);
    const report = await store.doctor();
    expect(report.typeConflicts.map((c) => c.votes)).toEqual([
      { Organization: { strong: 0, weak: 1 }, Place: { strong: 0, weak: 1 } },
    ]);
    expect((await store.documents()).map((d) => d.entities.map((e) => [e.id, e.rule]))).toEqual([
      [['senate', 'new']],
      [['senate', 'same-name']],
    ]);
  } finally {
    await store.close();
  }
  const db = new Database(path.join(dir, 'graph.db'), { readonly: true });
  expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  db.close();
});

test('Neo4j: entities written before resolution get their entries on open, and a split name is merged', async () => {
  const tag = uniqueTag('idmig');
  const name = `Senate ${tag}`;
  const driver = testDriver();
  try {
    await driver.executeQuery(
      `CREATE (d1:Document {id: $tag + '-a'})-[:HAS_SENTENCE]->(s1:Sentence {id: $tag + '-a:0', index: 0, text: 'x', start: 0, end: 1, documentId: $tag + '-a'})
       CREATE (d2:Document {id: $tag + '-b'})-[:HAS_SENTENCE]->(s2:Sentence {id: $tag + '-b:0', index: 0, text: 'y', start: 0, end: 1, documentId: $tag + '-b'})
       CREATE (s1)-[:MENTIONS_ENTITY]->(:Entity:Organization {id: 'organization:' + $tag, name: $name, type: 'Organization', aliases: []})
       CREATE (s2)-[:MENTIONS_ENTITY]->(:Entity:Place {id: 'place:' + $tag, name: $name, type: 'Place', aliases: ['The Senate']})`,
      { tag, name },
      { database: 'neo4j' },
    );
    await forgetMigrations(driver);
    const store = await testStore();
    try {
      const { records } = await settled(
        () =>
          driver.executeQuery(
            'MATCH (e:Entity {name: $name}) RETURN e.id AS id, e.type AS type, labels(e) AS labels, e.entries AS entries, COUNT { (e)<-[:MENTIONS_ENTITY]-() } AS mentions',
            { name },
            { database: 'neo4j' },
          ),
        (res) => res.records.length === 1,
      );
      expect(records).toHaveLength(1);
      const e = records[0].toObject();
      expect(e.id).toBe(`organization:${tag}`);
      expect([...(e.labels as string[])].sort()).toEqual(['Entity', 'Organization']);
      expect(Number(e.mentions)).toBe(2);
      expect((e.entries as string[]).map((x) => x.split('\u001f').slice(0, 3))).toEqual([
        [`${tag}-a`, name, 'Organization'],
        [`${tag}-b`, name, 'Place'],
      ]);
      for (const d of ['a', 'b']) await store.deleteDocument(`${tag}-${d}`);
    } finally {
      await store.close();
    }
  } finally {
    await driver.close();
  }
});

test('Neo4j: migrate-on-open merges only the nodes it migrated, never two resolved nodes of one name', async () => {
  const tag = uniqueTag('idscope');
  const name = `Clinton ${tag}`;
  // What the store holds after resolution: one entry per document (doc, name, type, strong, aliases, rule, because).
  const entry = (doc: string) => [doc, name, 'Person', '0', '', 'new', ''].join('\u001f');
  const driver = testDriver();
  try {
    await driver.executeQuery(
      `CREATE (d1:Document {id: $tag + '-a'})-[:HAS_SENTENCE]->(s1:Sentence {id: $tag + '-a:0', index: 0, text: 'x', start: 0, end: 1, documentId: $tag + '-a'})
       CREATE (d2:Document {id: $tag + '-b'})-[:HAS_SENTENCE]->(s2:Sentence {id: $tag + '-b:0', index: 0, text: 'y', start: 0, end: 1, documentId: $tag + '-b'})
       CREATE (d3:Document {id: $tag + '-c'})-[:HAS_SENTENCE]->(s3:Sentence {id: $tag + '-c:0', index: 0, text: 'z', start: 0, end: 1, documentId: $tag + '-c'})
       CREATE (s1)-[:MENTIONS_ENTITY]->(:Entity:Person {id: $tag + '-bill', name: $name, type: 'Person', aliases: [], entries: [$a]})
       CREATE (s2)-[:MENTIONS_ENTITY]->(:Entity:Person {id: $tag + '-hillary', name: $name, type: 'Person', aliases: [], entries: [$b]})
       CREATE (s3)-[:MENTIONS_ENTITY]->(:Entity:Person {id: 'person:' + $tag, name: $name, type: 'Person', aliases: []})`,
      { tag, name, a: entry(`${tag}-a`), b: entry(`${tag}-b`) },
      { database: 'neo4j' },
    );
    await forgetMigrations(driver);
    const store = await testStore();
    try {
      const { records } = await settled(
        () =>
          driver.executeQuery(
            'MATCH (e:Entity {name: $name}) RETURN e.id AS id, COUNT { (e)<-[:MENTIONS_ENTITY]-() } AS mentions ORDER BY id',
            { name },
            { database: 'neo4j' },
          ),
        (res) => res.records.length === 2,
      );
      // The old-format node joined the first resolved one; the two resolved nodes stayed apart.
      expect(records.map((r) => [r.get('id'), Number(r.get('mentions'))])).toEqual([
        [`${tag}-bill`, 2],
        [`${tag}-hillary`, 1],
      ]);
      for (const d of ['a', 'b', 'c']) await store.deleteDocument(`${tag}-${d}`);
    } finally {
      await store.close();
    }
  } finally {
    await driver.close();
  }
});

test('Neo4j: entities whose name keys were only a lookup string get their LookupKey links on open, and resolve by them', async () => {
  const tag = uniqueTag('keylinks');
  const name = `Ada Quill ${tag}`;
  const driver = testDriver();
  try {
    // A node as kg wrote it with the text-index lookup (keys and lookup, no KEY_OF links).
    const entry = [`${tag}-a`, name, 'Person', '1', '', 'new', ''].join('\u001f');
    const nameKey = `n:${name.toLowerCase().replace(/-/g, ' ')}`;
    const keys = [`i:${tag}-ada`, nameKey].map((k) => `${k}\u001f${tag}-a`);
    await driver.executeQuery(
      `CREATE (d:Document {id: $tag + '-a', hash: 'h'})-[:HAS_SENTENCE]->(s:Sentence {id: $tag + '-a:0', index: 0, text: 'x', start: 0, end: 1, documentId: $tag + '-a'})
       CREATE (s)-[:MENTIONS_ENTITY]->(:Entity:Person {id: $tag + '-ada', name: $name, type: 'Person', aliases: [], entries: [$entry], keys: $keys, lookup: 'x'})`,
      { tag, name, entry, keys },
      { database: 'neo4j' },
    );
    await forgetMigrations(driver);
    const store = await testStore();
    try {
      const linked = await driver.executeQuery(
        'MATCH (k:LookupKey)-[:KEY_OF]->(:Entity {id: $id}) RETURN k.key AS key',
        { id: `${tag}-ada` },
        { database: 'neo4j' },
      );
      expect(linked.records.map((r) => r.get('key'))).toEqual([nameKey]);
      // A later document naming her joins the stored node through the link.
      const later = makeResult(tag, {
        id: `${tag}-b`,
        sentences: [{ text: `${name} spoke.`, entities: [[name, 'Person']] }],
      });
      // An id as the extractor makes it, so the store resolves it.
      later.entities = later.entities.map((e) => ({ ...e, id: e.id.replace(`${tag}:`, '') }));
      await store.importDocuments([later]);
      const nodes = await driver.executeQuery(
        'MATCH (e:Entity {name: $name}) RETURN e.id AS id, COUNT { (e)<-[:MENTIONS_ENTITY]-() } AS mentions',
        { name },
        { database: 'neo4j' },
      );
      expect(nodes.records.map((r) => [r.get('id'), Number(r.get('mentions'))])).toEqual([[`${tag}-ada`, 2]]);
      for (const d of ['a', 'b']) await store.deleteDocument(`${tag}-${d}`);
    } finally {
      await store.close();
    }
  } finally {
    await driver.close();
  }
});

test('Neo4j: an open leaves the store at the current migration level, which later opens read instead of scanning', async () => {
  const driver = testDriver();
  const store = await testStore();
  try {
    // (Another file may have just forgotten the level to test a migration: its own open records it again.)
    const { records } = await settled(
      () =>
        driver.executeQuery(
          "MATCH (v:StoreVersion {id: 'migrations'}) RETURN v.value AS level",
          {},
          { database: 'neo4j' },
        ),
      (res) => res.records.length === 1,
    );
    expect(Number(records[0].get('level'))).toBe(MIGRATION_LEVEL);
  } finally {
    await store.close();
    await driver.close();
  }
});
