// Every document keeps its published date and outlet in both stores: (:Document)-[:PUBLISHED_BY]->(:Outlet)
// in Neo4j, the outlets table in SQLite; one outlet per site; the document shapes carry them; a re-import
// is unchanged, a changed outlet replaces the link; an embedded store from before outlets is migrated.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult, Outlet } from '@kg/extractor';
import { openEmbeddedStore, SCHEMA_VERSION, type GraphStore } from '@kg/graph';
import { testDriver, testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { makeResult } from './fixtures.js';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kg-outlet-'));

function article(tag: string, id: string, date: string, outlet?: Outlet): ExtractionResult {
  const r = makeResult(tag, {
    id,
    title: `Story ${id}`,
    date,
    sentences: [{ text: `Maria Okafor visited Valmouth (${id}).`, entities: [['Maria Okafor', 'Person']] }],
  });
  if (outlet) r.document.outlet = outlet;
  return r;
}

const stores: Array<[string, () => Promise<GraphStore>]> = [
  ['embedded', () => openEmbeddedStore({ dir: tmp() })],
  ['neo4j', () => testStore({ database: 'neo4j' })],
];

test.each(stores)('%s store: documents carry their date and outlet, one outlet per site', async (kind, open) => {
  const tag = uniqueTag(`outlet-${kind}`);
  const domain = `${tag}.example`;
  const store = await open();
  try {
    const docs = [
      article(tag, 'a', '2025-03-03', { name: domain, domain }),
      article(tag, 'b', '2025-03-05', { name: 'Harbour Gazette', domain }),
      article(tag, 'c', '2025-03-07', { name: `Wire ${tag}` }),
      article(tag, 'd', '2025-03-08'),
    ];
    await store.importDocuments(docs);
    const mine = async () => (await store.snapshot()).documents.filter((d) => d.id.startsWith(`${tag}-`));
    // The outlet's own name replaces the bare domain an address alone gave.
    expect((await mine()).map(({ id, date, outlet }) => ({ id, date, outlet }))).toEqual([
      { id: `${tag}-a`, date: '2025-03-03', outlet: { name: 'Harbour Gazette', domain } },
      { id: `${tag}-b`, date: '2025-03-05', outlet: { name: 'Harbour Gazette', domain } },
      { id: `${tag}-c`, date: '2025-03-07', outlet: { name: `Wire ${tag}` } },
      { id: `${tag}-d`, date: '2025-03-08' },
    ]);
    expect((await store.importDocuments(docs)).unchanged).toBe(4);
    const moved = article(tag, 'b', '2025-03-05', { name: `Wire ${tag}` });
    expect((await store.importDocuments([moved])).documents).toBe(1);
    expect((await mine()).find((d) => d.id === `${tag}-b`)?.outlet).toEqual({ name: `Wire ${tag}` });
    const entity = await store.entity(`${tag}:person:maria-okafor`);
    // A replaced document moves to the end of the import order.
    expect(entity?.documents.map((d) => [d.id, d.outlet?.name])).toEqual([
      [`${tag}-a`, 'Harbour Gazette'],
      [`${tag}-c`, `Wire ${tag}`],
      [`${tag}-d`, undefined],
      [`${tag}-b`, `Wire ${tag}`],
    ]);
    if (kind === 'neo4j') {
      const { records } = await driver.executeQuery(
        `MATCH (d:Document)-[:PUBLISHED_BY]->(o:Outlet) WHERE d.id STARTS WITH $tag
         RETURN o.name AS outlet, count(d) AS docs ORDER BY outlet`,
        { tag: `${tag}-` },
        { database: 'neo4j' },
      );
      expect(records.map((r) => [r.get('outlet'), Number(r.get('docs'))])).toEqual([
        ['Harbour Gazette', 1],
        [`Wire ${tag}`, 2],
      ]);
    }
  } finally {
    await store.close();
  }
});

test('an embedded store from before outlets is migrated on open and keeps its documents', async () => {
  const dir = tmp();
  const old = await openEmbeddedStore({ dir });
  await old.importDocuments([article('mig', 'a', '2025-03-03')]);
  await old.close();
  // Back to the schema before outlets: no outlets table, no outlet column (nor what the migrations after add).
  const db = new Database(path.join(dir, 'graph.db'));
  db.exec(`DROP TABLE denials; DROP TABLE import_runs; ALTER TABLE edges DROP COLUMN support; ALTER TABLE edges DROP COLUMN outlets; ALTER TABLE edges DROP COLUMN disputed;
    DROP INDEX documents_outlet; ALTER TABLE documents DROP COLUMN outlet_id; DROP TABLE outlets; DROP TABLE claim_edges;
    DROP TABLE search_terms;
    ALTER TABLE support DROP COLUMN time_text; ALTER TABLE support DROP COLUMN time_value;
    ALTER TABLE claims DROP COLUMN time_text; ALTER TABLE claims DROP COLUMN time_value;`);
  db.pragma(`user_version = 3`);
  db.close();
  const store = await openEmbeddedStore({ dir });
  try {
    await store.importDocuments([article('mig', 'b', '2025-03-04', { name: 'Harbour Gazette' })]);
    expect((await store.snapshot()).documents.map((d) => [d.id, d.date, d.outlet?.name])).toEqual([
      ['mig-a', '2025-03-03', undefined],
      ['mig-b', '2025-03-04', 'Harbour Gazette'],
    ]);
    const version = new Database(path.join(dir, 'graph.db'), { readonly: true });
    expect(version.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    version.close();
  } finally {
    await store.close();
  }
});
