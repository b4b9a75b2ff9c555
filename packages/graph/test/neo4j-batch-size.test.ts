// `kg import --batch n` hands the store n documents at a time: what Neo4j holds afterwards must not depend
// on n. The same articles (written for this test) are imported into the real Neo4j one at a time, two at a
// time and all at once; every property of every node and relationship they make must be the same each time
// (integers stay integers), and the entities and relations must be those the embedded store makes of them.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { ExtractionResult } from '@kg/extractor';
import { openEmbeddedStore, type GraphStore } from '@kg/graph';
import { testDriver, testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { makeResult, type FixtureArticle } from './fixtures.js';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

/**
 * An article as the extractor gives it: entity ids `<type>:<slug>` (resolved by the store, unlike the
 * fixtures' tagged ids) and the names in `strong` typed by a strong rule.
 */
function article(tag: string, a: FixtureArticle, strong: string[] = []): ExtractionResult {
  const r = makeResult(tag, a);
  const own = (id: string) => id.slice(tag.length + 1);
  return {
    ...r,
    entities: r.entities.map((e) => ({ ...e, id: own(e.id), ...(strong.includes(e.name) ? { strong: true } : {}) })),
    triples: r.triples.map((t) => ({ ...t, subject: own(t.subject), object: own(t.object) })),
  };
}

// Documents come in an order other than their ids' (c, b, a): the order a batch resolves them in.
const scenarios: Array<[string, (tag: string) => ExtractionResult[]]> = [
  [
    'three articles name one bank; two report the same acquisition',
    (tag) => [
      article(tag, {
        id: 'c',
        date: '2024-03-01',
        sentences: [{ text: 'Velqor Bank opened an office.', entities: [['Velqor Bank', 'Organization']] }],
      }),
      article(tag, {
        id: 'b',
        date: '2024-03-02',
        sentences: [
          {
            text: 'Velqor Bank acquired Marrow Freight.',
            entities: [
              ['Velqor Bank', 'Organization'],
              ['Marrow Freight', 'Organization'],
            ],
            triples: [['Velqor Bank', 'ACQUIRES', 'Marrow Freight', 'acquired']],
          },
        ],
      }),
      article(tag, {
        id: 'a',
        date: '2024-03-03',
        sentences: [
          {
            text: 'Velqor Bank acquired Marrow Freight last week.',
            entities: [
              ['Velqor Bank', 'Organization'],
              ['Marrow Freight', 'Organization'],
            ],
            triples: [['Velqor Bank', 'ACQUIRES', 'Marrow Freight', 'acquired']],
          },
        ],
      }),
    ],
  ],
  [
    "a second article types a name as a person, so a third one's bare surname joins it",
    (tag) => [
      article(tag, {
        id: 'a1',
        date: '2024-04-01',
        sentences: [{ text: 'Crowds cheered Anna Quilleran.', entities: [['Anna Quilleran', 'Organization']] }],
      }),
      article(
        tag,
        {
          id: 'a2',
          date: '2024-04-02',
          sentences: [{ text: 'Senator Anna Quilleran spoke.', entities: [['Anna Quilleran', 'Person']] }],
        },
        ['Anna Quilleran'],
      ),
      article(tag, {
        id: 'a3',
        date: '2024-04-03',
        sentences: [{ text: 'Quilleran said no.', entities: [['Quilleran', 'Person']] }],
      }),
    ],
  ],
];

/** A stored value with its kind: Neo4j keeps integers and floats apart (2 and 2.0 are not the same). */
function typed(v: unknown): unknown {
  if (neo4j.isInt(v)) return `int:${String(v)}`;
  if (typeof v === 'number') return `float:${v}`;
  if (Array.isArray(v)) return v.map(typed);
  return v;
}
const props = (p: Record<string, unknown>) =>
  JSON.stringify(
    Object.keys(p)
      .filter((k) => k !== 'importedAt')
      .sort()
      .map((k) => [k, typed(p[k])]),
  );

/**
 * Every node the tag's documents made (their documents, sentences, claims, denials, outlets; the entities
 * they mention and those entities' lookup keys) and every relationship among them, as sorted lines.
 */
async function contents(tag: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (d:Document) WHERE d.id STARTS WITH $tag
     OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS_ENTITY]->(e:Entity)
     OPTIONAL MATCH (k:LookupKey)-[:KEY_OF]->(e)
     WITH collect(DISTINCT d) + collect(DISTINCT e) + collect(DISTINCT k) AS found
     CALL (found) {
       MATCH (n) WHERE n IN found OR n.id STARTS WITH $tag OR n.sentenceId STARTS WITH $tag RETURN collect(n) AS all
     }
     UNWIND all AS n
     OPTIONAL MATCH (n)-[r]->(m) WHERE m IN all
     RETURN labels(n) AS labels, properties(n) AS p, coalesce(n.id, n.key) AS name,
       collect([type(r), properties(r), coalesce(m.id, m.key)]) AS out`,
    { tag },
    { database: 'neo4j' },
  );
  return records
    .flatMap((r) => [
      `${[...(r.get('labels') as string[])].sort().join(':')} ${props(r.get('p') as Record<string, unknown>)}`,
      ...(r.get('out') as Array<[string | null, Record<string, unknown> | null, string]>)
        .filter(([t]) => t !== null)
        .map(([t, p, m]) => `${r.get('name') as string} -[${t} ${props(p!)}]-> ${m}`),
    ])
    .sort();
}

/**
 * What the read shapes say of the given entities: name, type, aliases, mentions, documents, and each
 * relation's ends, weight, phrases, supporting documents, dates and outlets (entity by entity: a snapshot
 * would analyse the whole shared database).
 */
async function meaning(store: GraphStore, ids: string[]) {
  const out: unknown[] = [];
  for (const id of [...ids].sort()) {
    const d = await store.entity(id);
    if (!d) {
      out.push([id, null]);
      continue;
    }
    const { name, type, aliases, mentions } = d.node;
    const relations = [];
    for (const r of [...d.relations].sort((a, b) => (a.edgeId < b.edgeId ? -1 : 1))) {
      const e = (await store.edge(r.edgeId))!.edge;
      relations.push([r.edgeId, r.direction, e.weight, e.phrases, e.support, e.firstSeen, e.lastSeen, e.outlets]);
    }
    out.push([id, name, type, aliases, mentions, d.documents.map((x) => x.id).sort(), relations]);
  }
  return out;
}

test.each(scenarios)('%s: the same contents whatever the batch size', async (_name, docsOf) => {
  const tag = uniqueTag('batch');
  const docs = docsOf(tag);
  const embedded = await openEmbeddedStore({ dir: mkdtempSync(path.join(os.tmpdir(), 'kg-batch-')) });
  const store = await testStore();
  try {
    for (const d of docs) await embedded.importDocuments([d]);
    // The embedded store holds only these documents: its nodes are all the entities they name.
    const ids = (await embedded.snapshot()).nodes.map((n) => n.id);
    const byBatch = new Map<number, { contents: string[]; meaning: unknown }>();
    for (const size of [1, 2, docs.length]) {
      for (let i = 0; i < docs.length; i += size) await store.importDocuments(docs.slice(i, i + size));
      byBatch.set(size, { contents: await contents(tag), meaning: await meaning(store, ids) });
      for (const d of docs) await store.deleteDocument(d.document.id);
    }
    const one = byBatch.get(1)!;
    expect(one.contents.length).toBeGreaterThan(docs.length);
    const expected = await meaning(embedded, ids);
    for (const [, got] of byBatch) {
      expect(got.contents).toEqual(one.contents);
      expect(got.meaning).toEqual(expected);
    }
  } finally {
    for (const d of docs) await store.deleteDocument(d.document.id);
    await Promise.all([store.close(), embedded.close()]);
  }
});
