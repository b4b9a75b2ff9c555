// The entities statement of the Neo4j write path: which rows carry a new entity's derived properties
// (entityWriteRows), and against the real server, that an entity written whole, one written through
// writeDerived, and one expected new that another importer had made meanwhile all give the same graph.
import type { Driver } from 'neo4j-driver';
import { toDocRows, type ExtractionResult, type Neo4jStore } from '@kg/graph';
import { testDriver, testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { encodeEntry, entryPrefix } from '../src/entity-entries.js';
import { loadLexicon } from '../src/load-lexicon.js';
import { neo4jCandidates } from '../src/neo4j-identity.js';
import { lockDocuments } from '../src/neo4j-write.js';
import { writeDocuments } from '../src/neo4j-write-docs.js';
import { entityWriteRows, type BatchEntity } from '../src/neo4j-write-entities.js';
import { candidateLookup, NodeIndex, resolveDocument } from '../src/resolve-entities.js';
import { sampleArticles } from './fixtures.js';
import { graphState } from './neo4j-state.js';

const entry = (doc: string, name: string, type: string) =>
  encodeEntry({ doc, name, type, strong: true, aliases: [], rule: 'new', because: [] });
const ada: BatchEntity = {
  id: 'ada-lovelace',
  entries: [entry('d1', 'Ada Lovelace', 'Person')],
  prefixes: [entryPrefix('d1')],
};
const mir: BatchEntity = { id: 'mir', entries: [entry('d1', 'Mir', 'Spaceship')], prefixes: [entryPrefix('d1')] };
const stub = (e: BatchEntity) => [e.id, e.prefixes, e.entries];
const adaWhole = [
  ...stub(ada),
  {
    name: 'Ada Lovelace',
    type: 'Person',
    aliases: [],
    keys: ['i:ada-lovelace\u001f', 'n:ada lovelace\u001fd1', 'f:lovelace\u001fd1', 's:lovelace\u001fd1'],
    lookup: '\u001ei:ada-lovelace\u001en:ada lovelace\u001ef:lovelace\u001es:lovelace\u001e',
  },
  'Person',
  ['f:lovelace', 's:lovelace'],
];

test.each<[string, ReadonlySet<string> | undefined, unknown[][]]>([
  ['no stored set: every entity goes through writeDerived', undefined, [stub(ada), stub(mir)]],
  ['a stored entity is only locked and given its entry', new Set(['ada-lovelace', 'mir']), [stub(ada), stub(mir)]],
  // A type without a label of the extractor's types keeps writeDerived's statement of its own.
  ['a new entity is written whole unless its type has no known label', new Set<string>(), [adaWhole, stub(mir)]],
])('entityWriteRows: %s', (_what, stored, want) => {
  expect(entityWriteRows([ada, mir], stored)).toEqual(want);
});

let driver: Driver;
let store: Neo4jStore;
beforeAll(async () => {
  driver = testDriver();
  store = await testStore();
  await loadLexicon();
});
afterAll(async () => {
  await store.close();
  await driver.close();
});

/** importBatch's write of new documents, with `stored` chosen by the test from the candidates' ids. */
async function importWith(docs: ExtractionResult[], stored: (ids: string[]) => ReadonlySet<string> | undefined) {
  const rows = docs.map((d) => toDocRows(d));
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.executeWrite(async (tx) => {
      await lockDocuments(
        tx,
        rows.map((r) => r.doc.id),
      );
      const candidates = await neo4jCandidates(tx, candidateLookup(rows));
      const index = new NodeIndex(candidates);
      const resolved = rows.map((r) => resolveDocument(r, index));
      await writeDocuments(tx, resolved, stored(candidates.map((n) => n.id)));
    });
  } finally {
    await session.close();
  }
}

const norm = (xs: string[], tag: string) => xs.map((x) => x.replaceAll(tag, 'T'));

test.each<[string, (ids: string[]) => ReadonlySet<string> | undefined]>([
  ['the stored nodes named (as importBatch does)', (ids) => new Set(ids)],
  ['no stored set (every entity through writeDerived)', () => undefined],
  // United States and Huawei exist: the rows written whole for them find stored nodes and take the other path.
  ['every entity expected new, some stored already (as if another importer made them meanwhile)', () => new Set()],
])('the second import with %s gives the graph of two ordinary imports', async (_what, stored) => {
  const tag = uniqueTag('ents');
  const clean = uniqueTag('ents-clean');
  const [first, ...rest] = sampleArticles(tag);
  await store.importDocuments([first]);
  await importWith(rest, stored);
  const [cleanFirst, ...cleanRest] = sampleArticles(clean);
  await store.importDocuments([cleanFirst]);
  await store.importDocuments(cleanRest);
  const omit = ['importedAt', 'hash'];
  const got = await graphState(driver, tag, omit);
  const want = await graphState(driver, clean, omit);
  expect(norm(got.nodes, tag)).toEqual(norm(want.nodes, clean));
  expect(norm(got.rels, tag)).toEqual(norm(want.rels, clean));
  expect(got.nodes.filter((n) => n.split(' ')[0].split(':').includes('Entity')).length).toBeGreaterThan(3);
});
