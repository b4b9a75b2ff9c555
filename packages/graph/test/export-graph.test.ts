// Exports: GEXF and GraphML re-parse with graphology's parsers, JSON is graphology's serialisation,
// CSV follows the neo4j-admin header format, and the Cypher script is re-runnable on the real Neo4j.
import gexfCjs from 'graphology-gexf/node/index.js';
import graphmlCjs from 'graphology-graphml/node/index.js';
import { MultiDirectedGraph } from 'graphology';
import { exportSnapshot, openEmbeddedStore, type GraphSnapshot } from '@kg/graph';
import { mkdtempSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import os from 'node:os';
import path from 'node:path';
import { testDriver, uniqueTag } from '../../../test/neo4j-env.js';
import { claimArticles, makeResult, sampleArticles } from './fixtures.js';
import { graphState } from './neo4j-state.js';

const unwrap = <T>(m: T): T => ((m as { parse?: unknown }).parse ? m : (m as unknown as { default: T }).default);
const gexf = unwrap(gexfCjs);
const graphml = unwrap(graphmlCjs);

async function snapshotOf(results = sampleArticles('exp')): Promise<GraphSnapshot> {
  const store = await openEmbeddedStore({ dir: mkdtempSync(path.join(os.tmpdir(), 'kg-export-')) });
  await store.importDocuments(results);
  return store.snapshot();
}

/** Runs a Cypher export's statements twice, expecting the same graph both times; returns it. */
async function runTwice(driver: Driver, script: string, tag: string) {
  const statements = script
    .split('\n')
    .filter((l) => l && !l.startsWith('//'))
    .map((l) => l.replace(/;$/, ''));
  for (const s of statements) await driver.executeQuery(s, {}, { database: 'neo4j' });
  const once = await graphState(driver, tag);
  for (const s of statements) await driver.executeQuery(s, {}, { database: 'neo4j' });
  expect(await graphState(driver, tag)).toEqual(once);
  return once;
}

const body = (snap: GraphSnapshot, f: Parameters<typeof exportSnapshot>[1]) => exportSnapshot(snap, f)[0].body;

describe('exports', () => {
  test('GEXF declares the 1.3 namespaces, none with a triple slash', async () => {
    const xml = body(await snapshotOf(), 'gexf');
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).not.toContain(':///');
  });

  test('GEXF re-parses with graphology-gexf with nodes, edges and attributes', async () => {
    const snap = await snapshotOf();
    const g = gexf.parse(MultiDirectedGraph, body(snap, 'gexf'));
    expect([g.order, g.size]).toEqual([4, 3]);
    expect(g.getNodeAttributes('exp:place:united-states')).toMatchObject({
      label: 'United States',
      type: 'Place',
      mentions: 3,
    });
    expect(g.getEdgeAttributes('exp:place:united-states|SANCTIONS|exp:organization:huawei')).toMatchObject({
      type: 'SANCTIONS',
      weight: 2,
      evidence: 'exp-a:0; exp-b:0',
    });
  });

  test('GraphML re-parses with graphology-graphml', async () => {
    const snap = await snapshotOf();
    const g = graphml.parse(MultiDirectedGraph, body(snap, 'graphml'));
    expect([g.order, g.size]).toEqual([4, 3]);
    expect(g.getNodeAttributes('exp:organization:huawei')).toMatchObject({
      label: 'Huawei',
      type: 'Organization',
      degree: 2,
    });
    expect(g.getEdgeAttributes('exp:place:united-states|SANCTIONS|exp:organization:huawei')).toMatchObject({
      type: 'SANCTIONS',
      weight: 2,
    });
  });

  test('names with XML and CSV metacharacters survive', async () => {
    const nasty = 'A&B <"Corp">, Ltd';
    const snap = await snapshotOf([
      makeResult('x', {
        id: 'n',
        sentences: [
          {
            text: `${nasty} and Huawei.`,
            entities: [
              [nasty, 'Organization'],
              ['Huawei', 'Organization'],
            ],
            triples: [[nasty, 'PARTNERS_WITH', 'Huawei', 'and']],
          },
        ],
      }),
    ]);
    expect(
      gexf.parse(MultiDirectedGraph, body(snap, 'gexf')).getNodeAttribute('x:organization:a-b-corp-ltd', 'label'),
    ).toBe(nasty);
    expect(
      graphml.parse(MultiDirectedGraph, body(snap, 'graphml')).getNodeAttribute('x:organization:a-b-corp-ltd', 'label'),
    ).toBe(nasty);
    expect(exportSnapshot(snap, 'csv')[0].body).toContain('"A&B <""Corp"">, Ltd"');
  });

  test('JSON is graphology serialisation and imports back', async () => {
    const snap = await snapshotOf();
    const g = MultiDirectedGraph.from(JSON.parse(body(snap, 'json')));
    expect([g.order, g.size]).toEqual([4, 3]);
    expect(g.getEdgeAttribute('exp:place:united-states|SANCTIONS|exp:organization:huawei', 'evidence')).toEqual([
      'exp-a:0',
      'exp-b:0',
    ]);
  });

  test('CSV uses the neo4j-admin import headers', async () => {
    const [nodes, rels] = exportSnapshot(await snapshotOf(), 'csv');
    expect(nodes.body.split('\n')[0]).toBe(
      'id:ID,name,type,aliases:string[],mentions:int,degree:int,pagerank:double,community:int,component:int,x:double,y:double,:LABEL',
    );
    expect(rels.body.split('\n')[0]).toBe(
      ':START_ID,:END_ID,:TYPE,id,weight:int,phrases:string[],evidence:string[],firstSeen,lastSeen,documents:int,outlets:string[],disputed:boolean',
    );
    expect(nodes.body).toMatch(/^exp:place:united-states,United States,Place,,3,2,.*,Entity;Place$/m);
    expect(rels.body).toContain(
      'exp:place:united-states,exp:organization:huawei,SANCTIONS,exp:place:united-states|SANCTIONS|exp:organization:huawei,2,expanded sanctions on;sanctions,exp-a:0;exp-b:0,2024-05-01,2024-06-01',
    );
  });

  test('the Cypher script runs on Neo4j, twice, to the same graph kg opens as it is (quotes in names are inert)', async () => {
    const tag = uniqueTag('cyp');
    const results = sampleArticles(tag);
    results.push(
      makeResult(tag, {
        id: 'q',
        sentences: [
          {
            text: "O'Brien \\ said ` hi.",
            entities: [
              ["O'Brien \\ said `", 'Person'],
              ['Huawei', 'Organization'],
            ],
            triples: [["O'Brien \\ said `", 'PRAISES', 'Huawei', 'said']],
          },
        ],
      }),
    );
    const driver = testDriver();
    try {
      const once = await runTwice(driver, body(await snapshotOf(results), 'cypher'), tag);
      expect(once.nodes.filter((n) => n.split(' ')[0].split(':').includes('Entity'))).toHaveLength(5);
      expect(once.nodes.some((n) => n.includes(JSON.stringify("O'Brien \\ said `")))).toBe(true);
      // Each entity as kg stores it (a resolution entry and lookup keys), so opening the store migrates nothing.
      const bare = await driver.executeQuery(
        'MATCH (e:Entity) WHERE e.id STARTS WITH $tag AND (e.entries IS NULL OR e.lookup IS NULL) RETURN count(e) AS n',
        { tag },
        { database: 'neo4j' },
      );
      expect(bare.records[0].get('n').toNumber()).toBe(0);
      const entry = await driver.executeQuery(
        'MATCH (e:Entity {id: $id}) RETURN e.entries AS entries',
        { id: `${tag}:person:xi-jinping` },
        { database: 'neo4j' },
      );
      expect(entry.records[0].get('entries')).toEqual(['\u001fXi Jinping\u001fPerson\u001f0\u001f\u001fnew\u001f']);
      // …and its name keys linked as resolution finds them.
      const keys = await driver.executeQuery(
        'MATCH (k:LookupKey)-[:KEY_OF]->(:Entity {id: $id}) RETURN k.key AS key ORDER BY key',
        { id: `${tag}:person:xi-jinping` },
        { database: 'neo4j' },
      );
      expect(keys.records.map((r) => r.get('key'))).toEqual(['f:jinping', 'n:xi jinping', 's:jinping']);
      expect(
        once.rels
          .map((r) => r.match(/-\[(\w+) /)![1])
          .filter((t) => t !== 'KEY_OF')
          .sort(),
      ).toEqual(['CRITICIZES', 'PRAISES', 'SANCTIONS', 'SPEAKS_ABOUT']);
    } finally {
      await driver.close();
    }
  });
});

describe('exports with claims', () => {
  /** Every format of one store's graph with its claims: Claim nodes, CLAIMED and ABOUT links. */
  async function exported(tag: string) {
    const store = await openEmbeddedStore({ dir: mkdtempSync(path.join(os.tmpdir(), 'kg-export-claims-')) });
    await store.importDocuments(claimArticles(tag));
    const [snap, claims] = [await store.snapshot(), await store.claims()];
    await store.close();
    return (f: Parameters<typeof exportSnapshot>[1]) => exportSnapshot(snap, f, claims);
  }
  const links = (g: MultiDirectedGraph) =>
    g
      .mapEdges((_e, a, s, t) => `${s} -${a.type}-> ${t}`)
      .filter((l) => / -(CLAIMED|ABOUT|CLAIMED_ABOUT)-> /.test(l))
      .sort();

  test.each([
    ['json', (xml: string) => MultiDirectedGraph.from(JSON.parse(xml))],
    ['gexf', (xml: string) => gexf.parse(MultiDirectedGraph, xml)],
    ['graphml', (xml: string) => graphml.parse(MultiDirectedGraph, xml)],
  ] as const)('%s: a Claim node per claim, linked from its speaker and to what it is about', async (format, parse) => {
    const g = parse((await exported('xc'))(format)[0].body);
    expect(g.getNodeAttributes('xc-a#c1')).toMatchObject({
      type: 'Claim',
      label: 'Beta broke the contract with Acme,',
      verb: 'say',
      documentId: 'xc-a',
      sentenceId: 'xc-a:0',
    });
    expect(String(g.getNodeAttribute('xc-a#c1', 'quote'))).toBe('true');
    expect(Number(g.getNodeAttribute('xc-b#c1', 'start'))).toBe(0 + 'Beta denied that '.length);
    expect(links(g)).toEqual([
      'xc-a#c1 -ABOUT-> xc:organization:acme',
      'xc-a#c1 -ABOUT-> xc:organization:beta',
      'xc-b#c1 -ABOUT-> xc:organization:acme',
      'xc-b#c2 -ABOUT-> xc:organization:beta',
      'xc:organization:beta -CLAIMED-> xc-b#c1',
      'xc:person:jane-doe -CLAIMED-> xc-a#c1',
      'xc:person:jane-doe -CLAIMED-> xc-b#c2',
    ]);
  });

  test('CSV: a claims file for neo4j-admin and CLAIMED/ABOUT rows among the relationships', async () => {
    const [, rels, claims] = (await exported('xc'))('csv');
    expect(claims.suffix).toBe('-claims');
    expect(claims.body.split('\n').slice(0, 2)).toEqual([
      'id:ID,text,verb,quote:boolean,start:int,end:int,documentId,sentenceId,sentenceIndex:int,:LABEL',
      'xc-a#c1,"Beta broke the contract with Acme,",say,true,1,35,xc-a,xc-a:0,0,Claim',
    ]);
    expect(rels.body).toContain('xc:person:jane-doe,xc-a#c1,CLAIMED,xc:person:jane-doe|CLAIMED|xc-a#c1');
    expect(rels.body).toContain('xc-a#c1,xc:organization:acme,ABOUT,xc-a#c1|ABOUT|xc:organization:acme');
    expect(rels.body).not.toContain('CLAIMED_ABOUT');
  });

  test('the Cypher script writes the claims model on Neo4j, re-runnably', async () => {
    const tag = uniqueTag('cyp-claims');
    const driver = testDriver();
    try {
      await runTwice(driver, (await exported(tag))('cypher')[0].body, tag);
      const { records } = await driver.executeQuery(
        `MATCH (sp:Entity)-[:CLAIMED]->(c:Claim)-[:ABOUT]->(o:Entity) WHERE c.id STARTS WITH $tag
         RETURN sp.name + ' ' + c.verb + ' ' + o.name + ' ' + toString(c.sentenceIndex) AS line ORDER BY line`,
        { tag },
        { database: 'neo4j' },
      );
      expect(records.map((r) => r.get('line'))).toEqual([
        'Beta deny Acme 0',
        'Jane Doe say Acme 0',
        'Jane Doe say Beta 0',
        'Jane Doe say Beta 1',
      ]);
    } finally {
      await driver.close();
    }
  });
});
