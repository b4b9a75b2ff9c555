// Neo4j's import runs ((:ImportRun {id, at, source, counts}), counts as a JSON string: a node property
// cannot be a map), the edge states an import compares before and after writing, and the outlets list.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { docIdOfSentence } from './build-snapshot.js';
import { edgeId, type DocRows } from './doc-rows.js';
import { isDisputed, type EdgeState } from './edge-sources.js';
import { runCounts } from './import-run.js';
import { readRows } from './neo4j-read.js';
import { batchParam, KEEP_PLAN } from './neo4j-write-docs.js';
import { num } from './neo4j-values.js';
import type { ImportRun, ImportSummary, OutletSummary } from './types.js';

/** The documents behind a relation: those its evidence comes from (null: no such edge) and those denying it. */
export interface EdgeDocuments {
  affirming: Set<string> | null;
  denying: Set<string>;
}

/** Each relation the documents affirm or deny, with its stored documents, read inside `tx`. */
export function neo4jEdgeDocuments(tx: ManagedTransaction, docs: DocRows[]): Promise<Map<string, EdgeDocuments>> {
  const rows = new Map<string, [string, string, string]>();
  for (const d of docs)
    for (const r of [...d.relations, ...(d.denials ?? [])])
      rows.set(edgeId(r.source, r.type, r.target), [edgeId(r.source, r.type, r.target), r.source, r.target]);
  return edgeDocumentsOf(tx, [...rows.values()]);
}

/** The states (support, disputed) of the relations, from their documents. */
export function edgeStates(edges: Map<string, EdgeDocuments>): Map<string, EdgeState> {
  return new Map(
    [...edges].map(([id, e]) => [
      id,
      e.affirming ? { support: e.affirming.size, disputed: isDisputed(e.affirming, e.denying) } : undefined,
    ]),
  );
}

/**
 * The relations' documents once `docs` are written (every relation row becomes evidence of its edge, every
 * denial row a denial), so the states after a write need no second read.
 */
export function withDocuments(edges: Map<string, EdgeDocuments>, docs: DocRows[]): Map<string, EdgeDocuments> {
  const out = new Map<string, EdgeDocuments>();
  for (const [id, e] of edges)
    out.set(id, { affirming: e.affirming && new Set(e.affirming), denying: new Set(e.denying) });
  const of = (r: { source: string; type: string; target: string }) => {
    const id = edgeId(r.source, r.type, r.target);
    if (!out.has(id)) out.set(id, { affirming: null, denying: new Set() });
    return out.get(id)!;
  };
  for (const d of docs) {
    for (const r of d.relations) (of(r).affirming ??= new Set()).add(d.doc.id);
    for (const r of d.denials ?? []) of(r).denying.add(d.doc.id);
  }
  return out;
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
  return edgeStates(
    await edgeDocumentsOf(
      tx,
      res.records.map((r) => [r.get('id') as string, r.get('s') as string, r.get('t') as string]),
    ),
  );
}

/** Rows: [edge id, source id, target id]. */
async function edgeDocumentsOf(
  tx: ManagedTransaction,
  rows: Array<[string, string, string]>,
): Promise<Map<string, EdgeDocuments>> {
  if (!rows.length) return new Map();
  const res = await tx.run(
    `${KEEP_PLAN} UNWIND $batch.rows AS row
     OPTIONAL MATCH (:Entity {id: row[1]})-[r]->(:Entity {id: row[2]}) WHERE r.id = row[0]
     RETURN row[0] AS id, r.evidence AS evidence,
       COLLECT { MATCH (x:Denial {edgeId: row[0]}) RETURN DISTINCT x.documentId } AS denying`,
    batchParam(rows),
  );
  return new Map(
    res.records.map((r) => {
      const evidence = r.get('evidence') as string[] | null;
      const docs: EdgeDocuments = {
        affirming: evidence && new Set(evidence.map(docIdOfSentence)),
        denying: new Set(r.get('denying') as string[]),
      };
      return [r.get('id') as string, docs];
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
