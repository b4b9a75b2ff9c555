// The embedded store: idempotent imports, evidence replacement, deletion, SQLite's locking between
// processes (a writer waits, readers read the committed state, a killed writer leaves nothing),
// atomic file writes, the schema version, and the migration of an old graph.json.
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import {
  findPaths,
  openEmbeddedStore,
  QueryUnsupportedError,
  SCHEMA_VERSION,
  StoreFormatError,
  StoreLockedError,
  toDocRows,
  type DocRows,
  writeFileAtomic,
} from '@kg/graph';
import { claimArticles, makeResult, sampleArticles } from './fixtures.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kg-embedded-'));
const T = 'emb';

describe('EmbeddedStore', () => {
  test('imports articles, merging entities shared by two documents, weights = distinct sentences', async () => {
    const store = await openEmbeddedStore({ dir: tmp() });
    const summary = await store.importDocuments(sampleArticles(T), { importedAt: '2024-07-01T00:00:00.000Z' });
    expect(summary).toEqual({
      documents: 2,
      unchanged: 0,
      entitiesAdded: 4,
      relationsAdded: 3,
      claimsAdded: 0,
      sentences: 4,
      // The second article supports a relation the first made.
      corroborated: 1,
      disputed: 0,
      replaced: 0,
    });
    const snap = await store.snapshot();
    const sanctions = snap.edges.find((e) => e.type === 'SANCTIONS')!;
    expect(sanctions).toMatchObject({
      id: 'emb:place:united-states|SANCTIONS|emb:organization:huawei',
      weight: 2,
      evidence: ['emb-a:0', 'emb-b:0'],
      phrases: ['expanded sanctions on', 'sanctions'],
      firstSeen: '2024-05-01',
      lastSeen: '2024-06-01',
    });
    const us = snap.nodes.find((n) => n.name === 'United States')!;
    // Two components of two nodes: ties go to the smallest id (emb:concept:innovation), so this is 1.
    expect(us).toMatchObject({ mentions: 3, degree: 2, component: 1 });
    expect(typeof us.pagerank).toBe('number');
    expect(typeof us.x).toBe('number');
    expect(typeof us.community).toBe('number');
  });

  test('importing the same articles twice changes nothing (rows and content version identical)', async () => {
    const dir = tmp();
    const store = await openEmbeddedStore({ dir });
    await store.importDocuments(sampleArticles(T));
    const version = () =>
      new Database(path.join(dir, 'graph.db')).prepare("SELECT value FROM meta WHERE key = 'version'").get();
    const before = { docs: await store.documents(), version: version() };
    const again = await store.importDocuments(sampleArticles(T));
    expect(again).toMatchObject({ unchanged: 2, entitiesAdded: 0, relationsAdded: 0 });
    expect({ docs: await store.documents(), version: version() }).toEqual(before);
  });

  test('an edited article replaces only its own evidence', async () => {
    const store = await openEmbeddedStore({ dir: tmp() });
    await store.importDocuments(sampleArticles(T));
    const edited = makeResult(T, {
      id: 'b',
      sentences: [{ text: 'Huawei thrived.', entities: [['Huawei', 'Organization']] }],
    });
    const s = await store.importDocuments([edited]);
    expect(s.unchanged).toBe(0);
    const snap = await store.snapshot();
    expect(snap.edges.map((e) => `${e.type}:${e.weight}:${e.evidence.join(',')}`).sort()).toEqual([
      'SANCTIONS:1:emb-a:0',
      'SPEAKS_ABOUT:1:emb-a:1',
    ]);
  });

  test('deleting a document removes the evidence only it supported, and orphaned entities', async () => {
    const store = await openEmbeddedStore({ dir: tmp() });
    await store.importDocuments(sampleArticles(T));
    expect(await store.deleteDocument('emb-a')).toBe(true);
    expect(await store.deleteDocument('emb-a')).toBe(false);
    const stats = await store.stats();
    expect(stats).toMatchObject({
      nodes: 2,
      relationships: 2,
      documents: 1,
      sentences: 2,
      byRelType: { SANCTIONS: 1, CRITICIZES: 1 },
    });
    expect(
      (await store.edge('emb:place:united-states|SANCTIONS|emb:organization:huawei'))!.evidence.map((e) => e.text),
    ).toEqual(['Washington: the United States sanctions Huawei again.']);
  });

  test('entity, edge and search views carry evidence with spans', async () => {
    const store = await openEmbeddedStore({ dir: tmp() });
    await store.importDocuments(sampleArticles(T));
    const d = (await store.entity('emb:organization:huawei'))!;
    expect(d.relations.map((r) => `${r.direction}:${r.type}:${r.other.name}:${r.weight}`)).toEqual([
      'in:SANCTIONS:United States:2',
      'out:CRITICIZES:United States:1',
    ]);
    const e = (await store.edge('emb:place:united-states|SANCTIONS|emb:organization:huawei'))!;
    expect(e.evidence[0]).toMatchObject({
      documentId: 'emb-a',
      documentTitle: 'Sanctions',
      index: 0,
      subject: { start: 4, end: 17 },
      object: { start: 40, end: 46 },
    });
    expect((await store.search('hua')).map((h) => h.name)).toEqual(['Huawei']);
    expect((await store.search('Huwaei')).map((h) => [h.name, h.score])).toEqual([['Huawei', 0.2]]);
    expect(await store.entity('nope')).toBeNull();
  });

  test('paths read the cached graph, not a snapshot copy, and leave it as it was', async () => {
    const store = await openEmbeddedStore({ dir: tmp() });
    await store.importDocuments(sampleArticles(T));
    const before = await store.snapshot();
    let copies = 0;
    const snapshot = store.snapshot.bind(store);
    store.snapshot = (options) => (copies++, snapshot(options));
    const us = 'emb:place:united-states';
    const huawei = 'emb:organization:huawei';
    const paths = await store.paths(us, huawei, { k: 2 });
    expect(copies).toBe(0);
    expect(paths).toEqual(
      findPaths(
        before.nodes.map((n) => n.id),
        before.edges,
        us,
        huawei,
        { k: 2 },
      ),
    );
    expect(paths!.map((p) => p.nodes)).toEqual([
      [us, huawei],
      [us, huawei],
    ]);
    expect(await store.paths(us, 'emb:concept:innovation')).toEqual([]);
    expect(await store.paths(us, 'nobody')).toBeNull();
    expect(copies).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  test('planImport reports new entities, new relations and merges without writing', async () => {
    const dir = tmp();
    const store = await openEmbeddedStore({ dir });
    const [a, b] = sampleArticles(T);
    await store.importDocuments([a]);
    const diff = await store.planImport([b]);
    expect(diff.newEntities).toEqual([]);
    expect(diff.merges.map((m) => m.name).sort()).toEqual(['Huawei', 'United States']);
    expect(diff.newRelations.map((r) => r.type)).toEqual(['CRITICIZES']);
    expect(diff.documents).toEqual([{ id: 'emb-b', status: 'new' }]);
    expect(diff.claims).toEqual([]);
    expect((await store.stats()).documents).toBe(1);
  });

  test('planImport lists the claims of new or changed documents, not of unchanged ones', async () => {
    const store = await openEmbeddedStore({ dir: tmp() });
    const [a, b] = claimArticles('pc');
    await store.importDocuments([a]);
    const diff = await store.planImport([a, b]);
    expect(diff.claims.map((c) => [c.document, c.speakerName, c.verb, c.text])).toEqual([
      ['pc-b', 'Beta', 'deny', 'it owed Acme anything'],
      ['pc-b', 'Jane Doe', 'say', 'Beta would pay'],
    ]);
    expect((await store.stats()).claims).toBe(1);
  });

  test.each(['emb-a', 'emb-b'])(
    'the documents filter keeps what document %s mentions and supports (as a store of it alone holds)',
    async (id) => {
      const results = sampleArticles(T);
      const store = await openEmbeddedStore({ dir: tmp() });
      await store.importDocuments(results);
      const alone = await openEmbeddedStore({ dir: tmp() });
      await alone.importDocuments(results.filter((r) => r.document.id === id));
      const got = await store.snapshot({ documents: [id] });
      const want = await alone.snapshot();
      expect(got.nodes.map((n) => n.id).sort()).toEqual(want.nodes.map((n) => n.id).sort());
      expect(got.edges.map((e) => e.id).sort()).toEqual(want.edges.map((e) => e.id).sort());
    },
  );

  test('query is refused with how to start Neo4j', async () => {
    const store = await openEmbeddedStore({ dir: tmp() });
    await expect(store.query('MATCH (n) RETURN n')).rejects.toBeInstanceOf(QueryUnsupportedError);
    await expect(store.query('RETURN 1')).rejects.toThrow(/^query: the embedded store does not run Cypher/);
    expect(store.capabilities).toEqual({ cypher: false, storedAnalytics: false });
    expect(await store.writeAnalytics()).toBe(0);
  });

  test('a second writer waits for the lock and fails clearly when it is held', async () => {
    const dir = tmp();
    const store = await openEmbeddedStore({ dir, lockTimeoutMs: 300 });
    const [a, b] = sampleArticles(T);
    await store.importDocuments([a]);
    const other = new Database(path.join(dir, 'graph.db'));
    other.prepare('BEGIN IMMEDIATE').run();
    await expect(store.importDocuments([b])).rejects.toBeInstanceOf(StoreLockedError);
    expect((await store.stats()).documents).toBe(1);
    other.prepare('ROLLBACK').run();
    await expect(store.importDocuments([a, b])).resolves.toMatchObject({ documents: 2, unchanged: 1 });
  });

  test('readers see the committed graph while another process writes', async () => {
    const dir = tmp();
    const store = await openEmbeddedStore({ dir });
    await store.importDocuments(sampleArticles(T).slice(0, 1));
    const before = await store.stats();
    const other = new Database(path.join(dir, 'graph.db'));
    other.prepare('BEGIN IMMEDIATE').run();
    other.prepare('DELETE FROM entities').run();
    expect(await store.stats()).toEqual(before);
    expect((await store.snapshot()).nodes).toHaveLength(before.nodes);
    other.prepare('ROLLBACK').run();
  });

  test('a writer killed inside its transaction leaves nothing behind', async () => {
    const dir = tmp();
    const store = await openEmbeddedStore({ dir });
    const [a, b] = sampleArticles(T);
    await store.importDocuments([a]);
    const before = await store.documents();
    // A child process starts writing b's document row and is SIGKILLed before it commits.
    const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    const script = `const D = require(${JSON.stringify(sqlite)}); const db = new D(${JSON.stringify(path.join(dir, 'graph.db'))});
      db.prepare('BEGIN IMMEDIATE').run();
      db.prepare("INSERT INTO documents (id, hash, imported_at, seen, sentences) VALUES ('half', 'h', 'x', 'x', 0)").run();
      process.stdout.write('writing'); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((r) => child.stdout.once('data', r));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(await store.documents()).toEqual(before);
    await expect(store.importDocuments([b])).resolves.toMatchObject({ documents: 1, unchanged: 0 });
    expect((await store.stats()).documents).toBe(2);
  });

  test('two stores writing the same file at once lose nothing', async () => {
    const dir = tmp();
    const [a, b] = sampleArticles(T);
    const s1 = await openEmbeddedStore({ dir });
    const s2 = await openEmbeddedStore({ dir });
    await Promise.all([s1.importDocuments([a]), s2.importDocuments([b])]);
    expect((await s1.stats()).documents).toBe(2);
  });

  test('writes are atomic: temp file renamed over the target, none left behind', async () => {
    const dir = tmp();
    const file = path.join(dir, 'x.json');
    writeFileSync(file, 'old');
    const ino = statSync(file).ino;
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).ino).not.toBe(ino);
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  test.each([
    ['not JSON', '{"format": ', /damaged/],
    ['another format', '{"format":"other","version":1,"documents":[]}', /kg-embedded-graph file/],
    ['a newer version', '{"format":"kg-embedded-graph","version":99,"documents":[]}', /format version 1, found 99/],
  ])('an old graph.json that is %s is refused with StoreFormatError', async (_what, body, message) => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'graph.json'), body);
    const err = await openEmbeddedStore({ dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreFormatError);
    expect((err as Error).message).toMatch(message);
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  test.each([
    ['not a SQLite database', (file: string) => writeFileSync(file, 'x'.repeat(4096)), /SQLite database/],
    [
      'from a newer kg',
      (file: string) => new Database(file).pragma(`user_version = ${SCHEMA_VERSION + 1}`),
      new RegExp(`schema version ${SCHEMA_VERSION} or older, found ${SCHEMA_VERSION + 1}`),
    ],
  ])('a graph.db that is %s is refused with StoreFormatError', async (_what, make, message) => {
    const dir = tmp();
    make(path.join(dir, 'graph.db'));
    const err = await openEmbeddedStore({ dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreFormatError);
    expect((err as Error).message).toMatch(message);
  });

  test('an old graph.json is migrated on first open and kept as graph.json.bak', async () => {
    const results = sampleArticles(T);
    const fresh = await openEmbeddedStore({ dir: tmp() });
    await fresh.importDocuments(results, { importedAt: '2024-07-01T00:00:00.000Z' });
    const dir = tmp();
    const body = {
      format: 'kg-embedded-graph',
      version: 1,
      documents: results.map((r) => toDocRows(r, '2024-07-01T00:00:00.000Z')),
    };
    writeFileSync(path.join(dir, 'graph.json'), JSON.stringify(body));
    const store = await openEmbeddedStore({ dir });
    expect(existsSync(path.join(dir, 'graph.json'))).toBe(false);
    expect(JSON.parse(readFileSync(path.join(dir, 'graph.json.bak'), 'utf8'))).toEqual(body);
    // Back with how each entity found its node: hand-built ids name their node ("given").
    const given = (d: DocRows) => ({ ...d, entities: d.entities.map((e) => ({ ...e, rule: 'given', because: [] })) });
    expect(await store.documents()).toEqual(body.documents.map(given));
    expect(await store.snapshot()).toEqual(await fresh.snapshot());
    expect(await (await openEmbeddedStore({ dir })).stats()).toEqual(await fresh.stats());
  });
});
