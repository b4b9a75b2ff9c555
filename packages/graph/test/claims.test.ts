// Claims (reported speech) in both stores, the embedded one and a real Neo4j: an entity's "said" and
// "said about it" with the quote's place in its sentence, the derived CLAIMED_ABOUT edges of snapshots and
// their details, idempotent re-imports, exact removal by deleteDocument, alias merges, and a copy of the
// embedded store into Neo4j (kg migrate) giving the same claims, and the SQLite migration that adds them.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openEmbeddedStore, SCHEMA_VERSION, type ClaimView, type GraphStore } from '@kg/graph';
import { testDriver, testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { claimArticles, fixtureId, makeResult } from './fixtures.js';
import { graphState } from './neo4j-state.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kg-claims-'));
const stores: Array<[string, () => Promise<GraphStore>]> = [
  ['embedded', () => openEmbeddedStore({ dir: tmp() })],
  ['neo4j', () => testStore()],
];

/** A claim as a line: speaker, verb, the highlighted part of its sentence, what it is about. */
const line = (c: ClaimView) =>
  `${c.speaker.name} ${c.verb}${c.quote ? ' (quote)' : ''}: ${c.sentence.text.slice(c.content.start, c.content.end)} | about ${c.about.map((a) => a.name).join(', ')} | ${c.sentence.documentId.replace(/^.*-/, '')}:${c.sentence.index}`;

/** The claim edges of one test's part of a snapshot. */
async function claimEdges(store: GraphStore, tag: string, relTypes?: string[]) {
  const snap = await store.snapshot(relTypes ? { relTypes } : {});
  return snap.edges
    .filter((e) => e.type === 'CLAIMED_ABOUT' && e.source.startsWith(`${tag}:`))
    .map((e) => `${e.source.slice(tag.length + 1)} -> ${e.target.slice(tag.length + 1)} ${e.weight} ${e.phrases}`)
    .sort();
}

describe.each(stores)('claims (%s store)', (kind, open) => {
  let store: GraphStore;
  beforeEach(async () => (store = await open()));
  afterEach(() => store.close());
  const id = (tag: string, name: string, type = 'Organization') => fixtureId(tag, name, type);

  test('entity details list what it said and what was said about it, the quote marked in its sentence', async () => {
    const tag = uniqueTag('claims');
    const summary = await store.importDocuments(claimArticles(tag));
    if (kind === 'embedded') expect(summary.claimsAdded).toBe(3);
    const jane = (await store.entity(id(tag, 'Jane Doe', 'Person')))!;
    expect(jane.said.map(line)).toEqual([
      'Jane Doe say (quote): Beta broke the contract with Acme, | about Acme, Beta | a:0',
      'Jane Doe say: Beta would pay | about Beta | b:1',
    ]);
    expect(jane.saidAbout).toEqual([]);
    expect(jane.said[0]).toMatchObject({
      id: `${tag}-a#c1`,
      sentence: {
        documentId: `${tag}-a`,
        documentTitle: 'Contract',
        text: '"Beta broke the contract with Acme," Jane Doe said.',
      },
      content: { start: 1, end: 35 },
    });
    const acme = (await store.entity(id(tag, 'Acme')))!;
    expect(acme.said).toEqual([]);
    expect(acme.saidAbout.map(line)).toEqual([
      'Jane Doe say (quote): Beta broke the contract with Acme, | about Acme, Beta | a:0',
      'Beta deny: it owed Acme anything | about Acme | b:0',
    ]);
    const beta = (await store.entity(id(tag, 'Beta')))!;
    expect([beta.said.map(line), beta.saidAbout.length]).toEqual([
      ['Beta deny: it owed Acme anything | about Acme | b:0'],
      2,
    ]);
  });

  test('snapshots draw one CLAIMED_ABOUT edge per speaker and entity, hidden by the type filter; its details', async () => {
    const tag = uniqueTag('claim-edges');
    await store.importDocuments(claimArticles(tag));
    expect(await claimEdges(store, tag)).toEqual([
      'organization:beta -> organization:acme 1 deny',
      'person:jane-doe -> organization:acme 1 say',
      'person:jane-doe -> organization:beta 2 say',
    ]);
    expect(await claimEdges(store, tag, ['SANCTIONS'])).toEqual([]);
    const edgeId = `${id(tag, 'Jane Doe', 'Person')}|CLAIMED_ABOUT|${id(tag, 'Beta')}`;
    const details = (await store.edge(edgeId))!;
    expect([details.source.name, details.target.name, details.edge.firstSeen, details.edge.lastSeen]).toEqual([
      'Jane Doe',
      'Beta',
      '2024-05-01',
      '2024-06-01',
    ]);
    expect(details.evidence.map((e) => e.text)).toEqual([
      '"Beta broke the contract with Acme," Jane Doe said.',
      'Jane Doe said Beta would pay.',
    ]);
    expect(await store.edge(`${id(tag, 'Beta')}|CLAIMED_ABOUT|${id(tag, 'Jane Doe', 'Person')}`)).toBeNull();
    expect((await store.stats()).claims).toBeGreaterThanOrEqual(3);
  });

  test('re-importing changes nothing; deleting a document removes exactly its claims', async () => {
    const tag = uniqueTag('claims-del');
    await store.importDocuments(claimArticles(tag));
    const before = await store.entity(id(tag, 'Beta'));
    const again = await store.importDocuments(claimArticles(tag));
    expect(again).toMatchObject({ unchanged: 2, claimsAdded: 0, relationsAdded: 0, entitiesAdded: 0 });
    expect(await store.entity(id(tag, 'Beta'))).toEqual(before);
    expect(await store.deleteDocument(`${tag}-b`)).toBe(true);
    const jane = (await store.entity(id(tag, 'Jane Doe', 'Person')))!;
    expect(jane.said.map(line)).toEqual([
      'Jane Doe say (quote): Beta broke the contract with Acme, | about Acme, Beta | a:0',
    ]);
    expect((await store.entity(id(tag, 'Beta')))!.said).toEqual([]);
    expect(await claimEdges(store, tag)).toEqual([
      'person:jane-doe -> organization:acme 1 say',
      'person:jane-doe -> organization:beta 1 say',
    ]);
    expect((await store.claims()).filter((c) => c.id.startsWith(tag)).map((c) => c.id)).toEqual([`${tag}-a#c1`]);
  });

  test('an edited article replaces its claims', async () => {
    const tag = uniqueTag('claims-edit');
    await store.importDocuments(claimArticles(tag));
    const edited = makeResult(tag, {
      id: 'b',
      sentences: [
        {
          text: 'Beta said Acme was right.',
          entities: [
            ['Beta', 'Organization'],
            ['Acme', 'Organization'],
          ],
          claims: [['Beta', 'say', 'Acme was right', false, ['Acme']]],
        },
      ],
    });
    await store.importDocuments([edited]);
    expect((await store.entity(id(tag, 'Acme')))!.saidAbout.map(line)).toEqual([
      'Jane Doe say (quote): Beta broke the contract with Acme, | about Acme, Beta | a:0',
      'Beta say: Acme was right | about Acme | b:0',
    ]);
    expect(await claimEdges(store, tag)).toEqual([
      'organization:beta -> organization:acme 1 say',
      'person:jane-doe -> organization:acme 1 say',
      'person:jane-doe -> organization:beta 1 say',
    ]);
  });

  test('an alias merge moves claims to the canonical entity; a claim is never about its speaker', async () => {
    const tag = uniqueTag('claims-alias');
    const x = `Beta${tag.replace(/[^a-z0-9]/gi, '')}`;
    // Document b calls Beta "<x> Corp"; the rule folds it into the plain name.
    await store.importDocuments(claimArticles(tag, x, `${x} Corp`));
    expect(await store.applyAliases({ merge: [{ alias: `${x} Corp`, canonical: x }] })).toBe(1);
    const beta = (await store.entity(id(tag, x)))!;
    expect(beta.said.map((c) => `${c.speaker.name} ${c.verb} ${c.about.map((o) => o.name)}`)).toEqual([
      `${x} deny Acme`,
    ]);
    expect(beta.saidAbout.map((c) => `${c.speaker.name}:${c.sentence.index}`)).toEqual(['Jane Doe:0', 'Jane Doe:1']);
    expect(await store.entity(id(tag, `${x} Corp`))).toBeNull();
  });
});

test('kg migrate --to neo4j carries the claims: the same claims and claim edges, a second copy adds none', async () => {
  const tag = uniqueTag('claims-migrate');
  const embedded = await openEmbeddedStore({ dir: tmp() });
  const neo4j = await testStore();
  const driver = testDriver();
  try {
    await embedded.importDocuments(claimArticles(tag));
    const rows = await embedded.documents();
    await neo4j.importRows(rows);
    const state = await graphState(driver, tag, ['importedAt']);
    expect((await neo4j.importRows(rows)).unchanged).toBe(2);
    expect(await graphState(driver, tag, ['importedAt'])).toEqual(state);
    const mine = async (s: GraphStore) => (await s.claims()).filter((c) => c.id.startsWith(`${tag}-`));
    expect(await mine(neo4j)).toEqual(await mine(embedded));
    expect(await claimEdges(neo4j, tag)).toEqual(await claimEdges(embedded, tag));
    // The Neo4j model: (speaker)-[:CLAIMED]->(:Claim)-[:ABOUT]->(entity), linked from its sentence.
    const { records } = await driver.executeQuery(
      `MATCH (sp:Entity)-[:CLAIMED]->(c:Claim)-[:ABOUT]->(o:Entity), (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:HAS_CLAIM]->(c)
       WHERE c.documentId STARTS WITH $tag
       RETURN sp.name + ' ' + c.verb + ' ' + o.name + ' ' + d.id + ':' + toString(c.sentenceIndex) + ' ' + toString(c.quote) AS line ORDER BY line`,
      { tag },
      { database: 'neo4j' },
    );
    expect(records.map((r) => (r.get('line') as string).replace(`${tag}-`, ''))).toEqual([
      'Beta deny Acme b:0 false',
      'Jane Doe say Acme a:0 true',
      'Jane Doe say Beta a:0 true',
      'Jane Doe say Beta b:1 false',
    ]);
  } finally {
    await Promise.all([embedded.close(), neo4j.close(), driver.close()]);
  }
});

test('a store written before claims (the schema version before) is migrated on open and then takes claims', async () => {
  const dir = tmp();
  const tag = uniqueTag('claims-v1');
  const old = await openEmbeddedStore({ dir });
  await old.importDocuments([
    makeResult(tag, { id: 'x', sentences: [{ text: 'Acme.', entities: [['Acme', 'Organization']] }] }),
  ]);
  await old.close();
  // What the claims migration and the outlets, sources, claim-edges, search and times ones after it add is taken away again, as a kg from before
  // claims left the file.
  const db = new Database(path.join(dir, 'graph.db'));
  db.exec(`DROP TABLE denials; DROP TABLE import_runs; ALTER TABLE edges DROP COLUMN support; ALTER TABLE edges DROP COLUMN outlets; ALTER TABLE edges DROP COLUMN disputed;
    DROP INDEX documents_outlet; ALTER TABLE documents DROP COLUMN outlet_id; DROP TABLE outlets;
    ALTER TABLE support DROP COLUMN time_text; ALTER TABLE support DROP COLUMN time_value;
    DROP TABLE claims; DROP TABLE claim_about; DROP TABLE claim_edges; DROP TABLE search_terms;
    PRAGMA user_version = 2`);
  db.close();
  const store = await openEmbeddedStore({ dir });
  try {
    expect(new Database(path.join(dir, 'graph.db')).pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect((await store.importDocuments(claimArticles(tag))).claimsAdded).toBe(3);
    expect((await store.entity(fixtureId(tag, 'Acme', 'Organization')))!.saidAbout).toHaveLength(2);
  } finally {
    await store.close();
  }
});

test('the embedded store keeps claim edges exact on delete and re-import, and builds them when migrating to the table', async () => {
  const tag = uniqueTag('claim-table');
  const [a, b] = claimArticles(tag);
  const edges = async (store: GraphStore) =>
    (await store.snapshot()).edges.filter((e) => e.type === 'CLAIMED_ABOUT').sort((x, y) => (x.id < y.id ? -1 : 1));
  const only = async (docs: (typeof a)[]) => {
    const fresh = await openEmbeddedStore({ dir: tmp() });
    try {
      await fresh.importDocuments(docs);
      return await edges(fresh);
    } finally {
      await fresh.close();
    }
  };
  const dir = tmp();
  let store = await openEmbeddedStore({ dir });
  try {
    await store.importDocuments([a, b]);
    const both = await edges(store);
    expect(both.map((e) => [e.weight, e.firstSeen, e.lastSeen, e.support])).toEqual([
      [1, '2024-06-01', '2024-06-01', 1],
      [1, '2024-05-01', '2024-05-01', 1],
      [2, '2024-05-01', '2024-06-01', 2],
    ]);
    await store.deleteDocument(b.document.id);
    expect(await edges(store)).toEqual(await only([a]));
    await store.importDocuments([b]);
    expect(await edges(store)).toEqual(both);
    await store.close();
    // A store from before the table (schema version 5, before the search index too): the edges are built
    // from its claims on open.
    const db = new Database(path.join(dir, 'graph.db'));
    // Back to before the claim-edges migration (and the search and times ones after it).
    db.exec(`DROP TABLE claim_edges; DROP TABLE search_terms; ALTER TABLE support DROP COLUMN time_text; ALTER TABLE support DROP COLUMN time_value;
      ALTER TABLE claims DROP COLUMN time_text; ALTER TABLE claims DROP COLUMN time_value; PRAGMA user_version = 5`);
    db.close();
    store = await openEmbeddedStore({ dir });
    expect(await edges(store)).toEqual(both);
  } finally {
    await store.close();
  }
});
