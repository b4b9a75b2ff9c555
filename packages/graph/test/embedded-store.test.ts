// The embedded store: idempotent imports, evidence replacement, deletion, the lock, atomic writes, format.
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import {
  acquireLock,
  openEmbeddedStore,
  QueryUnsupportedError,
  StoreFormatError,
  StoreLockedError,
  writeFileAtomic,
} from '@kg/graph';
import { makeResult, sampleArticles } from './fixtures.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kg-embedded-'));
const T = 'emb';

describe('EmbeddedStore', () => {
  test('imports articles, merging entities shared by two documents, weights = distinct sentences', async () => {
    const store = await openEmbeddedStore({ dir: tmp() });
    const summary = await store.importDocuments(sampleArticles(T), { importedAt: '2024-07-01T00:00:00.000Z' });
    expect(summary).toEqual({ documents: 2, unchanged: 0, entitiesAdded: 4, relationsAdded: 3, sentences: 4 });
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

  test('importing the same articles twice changes nothing (file bytes identical)', async () => {
    const dir = tmp();
    const store = await openEmbeddedStore({ dir });
    await store.importDocuments(sampleArticles(T));
    const before = readFileSync(path.join(dir, 'graph.json'), 'utf8');
    const again = await store.importDocuments(sampleArticles(T));
    expect(again).toMatchObject({ unchanged: 2, entitiesAdded: 0, relationsAdded: 0 });
    expect(readFileSync(path.join(dir, 'graph.json'), 'utf8')).toBe(before);
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
    expect((await store.stats()).documents).toBe(1);
  });

  test('query is refused with how to start Neo4j', async () => {
    const store = await openEmbeddedStore({ dir: tmp() });
    await expect(store.query('MATCH (n) RETURN n')).rejects.toBeInstanceOf(QueryUnsupportedError);
    await expect(store.query('RETURN 1')).rejects.toThrow(/pnpm neo4j:start/);
  });

  test('a second writer waits for the lock and fails clearly when it is held', async () => {
    const dir = tmp();
    const lock = await acquireLock(path.join(dir, 'graph.lock'));
    const store = await openEmbeddedStore({ dir, lockTimeoutMs: 300 });
    await expect(store.importDocuments(sampleArticles(T))).rejects.toBeInstanceOf(StoreLockedError);
    expect(existsSync(path.join(dir, 'graph.json'))).toBe(false);
    await lock.release();
    await expect(store.importDocuments(sampleArticles(T))).resolves.toMatchObject({ documents: 2 });
  });

  test('a lock left by a dead process is taken over', async () => {
    const dir = tmp();
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = await new Promise<number>((r) => child.on('exit', () => r(child.pid!)));
    writeFileSync(path.join(dir, 'graph.lock'), `${pid}\n`);
    const store = await openEmbeddedStore({ dir, lockTimeoutMs: 300 });
    await expect(store.importDocuments(sampleArticles(T))).resolves.toMatchObject({ documents: 2 });
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
  ])('a file that is %s is refused with StoreFormatError', async (_what, body, message) => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'graph.json'), body);
    const err = await openEmbeddedStore({ dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreFormatError);
    expect((err as Error).message).toMatch(message);
  });
});
