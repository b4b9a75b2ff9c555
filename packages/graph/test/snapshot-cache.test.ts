// The embedded store's cached analytics: a snapshot after any import reflects the new graph (whether
// this store or another one wrote it), repeated snapshots reuse the stored analytics, and analytics
// stored for other content are ignored. "Truth" is a store holding the same documents alone (their rows
// imported afresh), which has nothing cached and computes everything. Positions are the exception: after a change the
// layout starts from the previous positions (incremental), so they are checked apart.
import { mkdtempSync } from 'node:fs';
import Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedStore, type EmbeddedStore, type GraphSnapshot } from '@kg/graph';
import { makeResult, sampleArticles } from './fixtures.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kg-snapcache-'));
const T = 'sc';
const [articleA, articleB] = sampleArticles(T);
const articleC = makeResult(T, {
  id: 'c',
  date: '2024-07-01',
  sentences: [
    {
      text: 'Xi Jinping met Huawei.',
      entities: [
        ['Xi Jinping', 'Person'],
        ['Huawei', 'Organization'],
      ],
      triples: [['Xi Jinping', 'MEETS', 'Huawei', 'met']],
    },
  ],
});

/** Nodes with their analytics, by id: what must change when the graph does. */
const analytics = (s: GraphSnapshot) =>
  s.nodes.map((n) => [n.id, n.degree, n.pagerank, n.community, n.component]).sort();
const positions = (s: GraphSnapshot) => new Map(s.nodes.map((n) => [n.id, [n.x, n.y]]));
const allPlaced = (s: GraphSnapshot) => s.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y));

async function truth(dir: string): Promise<GraphSnapshot> {
  const copy = await openEmbeddedStore({ dir: tmp() });
  await copy.importRows(await (await openEmbeddedStore({ dir })).documents());
  return copy.snapshot();
}

test.each([
  ['by the same store', (store: EmbeddedStore) => store],
  [
    'by another store on the same directory (another process)',
    (store: EmbeddedStore) => openEmbeddedStore({ dir: store.options.dir }),
  ],
])('a snapshot after an import %s reflects the import', async (_who, writer) => {
  const dir = tmp();
  const store = await openEmbeddedStore({ dir });
  await store.importDocuments([articleA]);
  const before = await store.snapshot();
  expect(before.nodes.find((n) => n.name === 'Huawei')?.degree).toBe(1);
  await (await writer(store)).importDocuments([articleB, articleC]);
  const after = await store.snapshot();
  expect(after.nodes.find((n) => n.name === 'Huawei')?.degree).toBe(3);
  expect(after.edges.map((e) => e.type).sort()).toEqual(['CRITICIZES', 'MEETS', 'SANCTIONS', 'SPEAKS_ABOUT']);
  expect(analytics(after)).not.toEqual(analytics(before));
  expect(analytics(after)).toEqual(analytics(await truth(dir)));
  expect(allPlaced(after)).toBe(true);
  expect(positions(after)).not.toEqual(positions(await truth(dir))); // seeded by `before`, not from scratch
  expect(await openEmbeddedStore({ dir }).then((s) => s.snapshot())).toEqual(after);
});

test('repeated snapshots of an unchanged graph reuse the stored analytics', async () => {
  const dir = tmp();
  const store = await openEmbeddedStore({ dir });
  await store.importDocuments([articleA, articleB, articleC]);
  const first = await store.snapshot();
  const stored = () =>
    new Database(path.join(dir, 'graph.db')).prepare('SELECT * FROM analytics ORDER BY entity_id').all();
  const written = stored();
  expect(written).toHaveLength(first.nodes.length);
  expect(await store.snapshot()).toEqual(first);
  expect(await (await openEmbeddedStore({ dir })).snapshot()).toEqual(first);
  expect(stored()).toEqual(written);
  // Filters apply to the cached graph; callers get copies they may change.
  const some = await store.snapshot({ types: ['Organization'] });
  expect(some.nodes.map((n) => n.name)).toEqual(['Huawei']);
  some.edges.forEach((e) => e.evidence.push('x'));
  expect(await store.snapshot()).toEqual(first);
});

test('analytics stored for other content are ignored', async () => {
  const small = tmp();
  await (await openEmbeddedStore({ dir: small })).importDocuments([articleA]);
  await (await openEmbeddedStore({ dir: small })).snapshot();
  const big = tmp();
  await (await openEmbeddedStore({ dir: big })).importDocuments([articleA, articleB, articleC]);
  // The small store's analytics, labelled with the small store's content version.
  const from = new Database(path.join(small, 'graph.db'));
  const to = new Database(path.join(big, 'graph.db'));
  for (const r of from.prepare('SELECT * FROM analytics').all() as object[])
    to.prepare(`INSERT INTO analytics VALUES (${Object.keys(r).map(() => '?')})`).run(Object.values(r));
  for (const r of from.prepare("SELECT key, value FROM meta WHERE key LIKE 'analytics_%'").all() as Array<{
    key: string;
    value: string;
  }>)
    to.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(r.key, r.value);
  const snap = await (await openEmbeddedStore({ dir: big })).snapshot();
  expect(analytics(snap)).toEqual(analytics(await truth(big)));
  expect(allPlaced(snap)).toBe(true);
});
