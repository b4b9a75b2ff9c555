// Neo4j's import runs ((:ImportRun {id, at, source, counts}), counts as a JSON string: a node property
// cannot be a map), the edge states an import compares before and after writing, and the outlets list.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { docIdOfSentence } from './build-snapshot.js';
import { edgeId, type DocRows } from './doc-rows.js';
import { isDisputed, type EdgeState } from './edge-sources.js';
import { runCounts } from './import-run.js';
import { readRows } from './neo4j-read.js';
import { batchParam } from './neo4j-write-docs.js';
import { num } from './neo4j-values.js';
import type { ImportRun, ImportSummary, OutletSummary } from './types.js';

/** The states (support, disputed) of every relation the documents affirm or deny, read inside `tx`. */
export function neo4jEdgeStates(tx: ManagedTransaction, docs: DocRows[]): Promise<Map<string, EdgeState>> {
  const rows = new Map<string, [string, string, string]>();
  for (const d of docs)
    for (const r of [...d.relations, ...(d.denials ?? [])])
      rows.set(edgeId(r.source, r.type, r.target), [edgeId(r.source, r.type, r.target), r.source, r.target]);
  return edgeStatesOf(tx, [...rows.values()]);
}

/** The states of the relations a stored document affirms or denies (before a replacement removes it). */
export async function neo4jDocumentEdgeStates(tx: ManagedTransaction, docId: string): Promise<Map<string, EdgeState>> {
  const res = await tx.run(
    `CALL {
       MATCH (x:Denial {documentId: $docId}) RETURN x.edgeId AS id, x.source AS s, x.target AS t
       UNION
       MATCH (:Document {id: $docId})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS_ENTITY]->(a:Entity)-[r]->(b:Entity)
       WHERE any(sid IN r.evidence WHERE sid STARTS WITH $prefix AND NOT substring(sid, size($prefix)) CONTAINS ':')
       RETURN r.id AS id, a.id AS s, b.id AS t
     }
     RETURN DISTINCT id, s, t`,
    { docId, prefix: `${docId}:` },
  );
  return edgeStatesOf(
    tx,
    res.records.map((r) => [r.get('id') as string, r.get('s') as string, r.get('t') as string]),
  );
}

/** Rows: [edge id, source id, target id]. */
async function edgeStatesOf(
  tx: ManagedTransaction,
  rows: Array<[string, string, string]>,
): Promise<Map<string, EdgeState>> {
  if (!rows.length) return new Map();
  const res = await tx.run(
    `UNWIND $batch.rows AS row
     OPTIONAL MATCH (:Entity {id: row[1]})-[r]->(:Entity {id: row[2]}) WHERE r.id = row[0]
     RETURN row[0] AS id, r.evidence AS evidence,
       COLLECT { MATCH (x:Denial {edgeId: row[0]}) RETURN DISTINCT x.documentId } AS denying`,
    batchParam(rows),
  );
  return new Map(
    res.records.map((r) => {
      const evidence = r.get('evidence') as string[] | null;
      const docs = evidence ? [...new Set(evidence.map(docIdOfSentence))] : [];
      const state: EdgeState = evidence
        ? { support: docs.length, disputed: isDisputed(docs, r.get('denying') as string[]) }
        : undefined;
      return [r.get('id') as string, state];
    }),
  );
}

export async function putImportRunNeo4j(tx: ManagedTransaction, run: ImportRun): Promise<void> {
  await tx.run('CREATE (:ImportRun {id: $id, at: $at, source: $source, counts: $counts})', {
    ...run,
    counts: JSON.stringify(run.counts),
  });
}

export async function neo4jImportRuns(driver: Driver, database: string, limit = 1000): Promise<ImportRun[]> {
  const rows = await readRows(
    driver,
    database,
    'MATCH (r:ImportRun) RETURN r.id AS id, r.at AS at, r.source AS source, r.counts AS counts ORDER BY r.id DESC LIMIT $limit',
    { limit: neo4j.int(Math.trunc(limit)) },
  );
  return rows.map((r) => ({
    id: r.id as string,
    at: r.at as string,
    source: r.source as string,
    counts: runCounts(JSON.parse(r.counts as string) as Partial<ImportSummary>),
  }));
}

export async function neo4jOutlets(driver: Driver, database: string): Promise<OutletSummary[]> {
  const rows = await readRows(
    driver,
    database,
    `MATCH (o:Outlet) RETURN o.id AS id, o.name AS name, o.domain AS domain, COUNT { (o)<-[:PUBLISHED_BY]-() } AS documents
     ORDER BY name, id`,
  );
  return rows.map((r) => {
    const o: OutletSummary = { id: r.id as string, name: r.name as string, documents: num(r.documents) };
    if (r.domain !== null && r.domain !== undefined) o.domain = r.domain as string;
    return o;
  });
}
