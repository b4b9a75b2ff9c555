// The embedded store's search index (search_terms): every tier finds what scoring every name finds, the
// index follows an entity's names as documents come and go, and a store from before it is indexed on open.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openEmbeddedStore } from '@kg/graph';
import { makeResult } from './fixtures.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kg-search-'));

const doc = (id: string, names: Array<[string, 'Person' | 'Organization' | 'Place']>) =>
  makeResult('s', { id, sentences: [{ text: `${names.map(([n]) => n).join(' and ')} met.`, entities: names }] });

const A = doc('a', [
  ['Ursula von der Leyen', 'Person'],
  ['Ürümqi', 'Place'],
]);
const B = doc('b', [['Kessel Concrete', 'Organization']]);

test.each([
  ['ursula', ['Ursula von der Leyen']], // prefix
  ['LEYEN', ['Ursula von der Leyen']], // word prefix, any case
  ['von der', ['Ursula von der Leyen']], // across words
  ['ürüm', ['Ürümqi']], // beyond ASCII
  ['Kesel', ['Kessel Concrete']], // one edit
  ['Concerte', ['Kessel Concrete']], // two edits in a word
  ['zzzz', []],
])('search %j → %j', async (q, names) => {
  const store = await openEmbeddedStore({ dir: tmp() });
  try {
    await store.importDocuments([A, B]);
    expect((await store.search(q)).map((h) => h.name)).toEqual(names);
  } finally {
    await store.close();
  }
});

test('the index follows deletes, and a store from before it is indexed on open', async () => {
  const dir = tmp();
  let store = await openEmbeddedStore({ dir });
  try {
    await store.importDocuments([A, B]);
    await store.deleteDocument(B.document.id);
    expect(await store.search('Kessel')).toEqual([]);
    await store.importDocuments([B]);
    await store.close();
    const db = new Database(path.join(dir, 'graph.db'));
    // Back to before the search migration (and the times one after it).
    db.exec(`DROP TABLE search_terms; ALTER TABLE support DROP COLUMN time_text; ALTER TABLE support DROP COLUMN time_value;
      ALTER TABLE claims DROP COLUMN time_text; ALTER TABLE claims DROP COLUMN time_value; PRAGMA user_version = 6`);
    db.close();
    store = await openEmbeddedStore({ dir });
    expect((await store.search('Kesel')).map((h) => h.name)).toEqual(['Kessel Concrete']);
  } finally {
    await store.close();
  }
});
