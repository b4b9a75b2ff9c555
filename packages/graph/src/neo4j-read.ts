// The Neo4j read path: the shared API views (snapshot, entity, edge, search, stats) as Cypher in read
// transactions.
import neo4j, { type Driver } from 'neo4j-driver';
import { docIdOfSentence } from './build-snapshot.js';
import { isDisputed } from './edge-sources.js';
import { neo4jDenials, neo4jDenyingDocs } from './neo4j-denials.js';
import type { NodeRecord } from './build-snapshot.js';
import { decodeSupport } from './neo4j-support.js';
import { num, toPlain } from './neo4j-values.js';
import { retryConcurrentDelete } from './neo4j-retry.js';
import { STORE_VERSION } from './neo4j-store-version.js';
import {
  datesOf,
  documentSummary,
  edgeShape,
  evidenceList,
  rankHits,
  sortRelations,
  type SentenceRecord,
} from './read-shapes.js';
import { allowedEdits } from './score-match.js';
import type { GraphRecords } from './snapshot-cache.js';
import type {
  DocumentPage,
  DocumentQuery,
  DocumentSummary,
  EdgeDetails,
  EntityDetails,
  EvidenceItem,
  GraphEdge,
  GraphNode,
  GraphStats,
  RelationView,
  SearchHit,
} from './types.js';

type Row = Record<string, unknown>;

export async function readRows(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await retryConcurrentDelete(() =>
      session.executeRead(async (tx) =>
        (await tx.run(cypher, params)).records.map((r) => toPlain(r.toObject()) as Row),
      ),
    );
  } finally {
    await session.close();
  }
}

const NODE_FIELDS = `e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
  COUNT { (e)<-[:MENTIONS_ENTITY]-() } AS mentions, COUNT { (e)-[]-(:Entity) } AS degree`;

function toNode(r: Row): GraphNode {
  return {
    id: r.id as string,
    name: r.name as string,
    type: r.type as string,
    aliases: r.aliases as string[],
    mentions: num(r.mentions),
    degree: num(r.degree),
  };
}

const EDGE_FIELDS = `r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.weight AS weight, r.phrases AS phrases,
  r.evidence AS evidence, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.documents AS documents, r.outlets AS outlets`;

/** An edge as read, disputed when `denying` (the documents that deny it) and its evidence's documents differ. */
function toEdge(r: Row, denying: string[] = []): GraphEdge {
  const e = { id: r.id as string, source: r.source as string, target: r.target as string, type: r.type as string };
  const evidence = r.evidence as string[];
  return edgeShape(e, evidence, r.phrases as string[], {
    firstSeen: r.firstSeen as string | null,
    lastSeen: r.lastSeen as string | null,
    support: r.documents === null || r.documents === undefined ? undefined : num(r.documents),
    outlets: r.outlets ? [...(r.outlets as string[])].sort() : undefined,
    disputed: isDisputed(evidence.map(docIdOfSentence), denying),
  });
}

const DOC_FIELDS = `d.id AS id, d.title AS title, d.source AS source, d.date AS date, d.importedAt AS importedAt,
  COUNT { (d)-[:HAS_SENTENCE]->() } AS sentences,
  head([(d)-[:PUBLISHED_BY]->(o:Outlet) | o.name]) AS outletName, head([(d)-[:PUBLISHED_BY]->(o:Outlet) | o.domain]) AS outletDomain`;

function toDoc(r: Row): DocumentSummary {
  return documentSummary({ ...(r as { id: string; importedAt: string }), sentences: num(r.sentences) });
}

/** A page of the documents whose title, id or source contains `q` (lower case), in import order. */
export async function neo4jDocumentPage(
  driver: Driver,
  database: string,
  query: Required<DocumentQuery>,
): Promise<DocumentPage> {
  const match = `MATCH (d:Document) WHERE $q = '' OR toLower(coalesce(d.title, '')) CONTAINS $q
    OR toLower(d.id) CONTAINS $q OR toLower(coalesce(d.source, '')) CONTAINS $q`;
  const params = { q: query.q, limit: neo4j.int(query.limit), offset: neo4j.int(query.offset) };
  const docs = await readRows(
    driver,
    database,
    `${match} WITH d ORDER BY d.importedAt, d.id SKIP $offset LIMIT $limit RETURN ${DOC_FIELDS}`,
    params,
  );
  const [count] = await readRows(driver, database, `${match} RETURN count(d) AS total`, params);
  return { documents: docs.map(toDoc), total: num(count.total) };
}

/** Everything a snapshot is made of, before analytics and filters (nodes carry the positions stored by writeAnalytics). */
export async function neo4jGraph(driver: Driver, database: string): Promise<GraphRecords> {
  const nodes = await readRows(
    driver,
    database,
    `MATCH (e:Entity) RETURN ${NODE_FIELDS}, e.x AS x, e.y AS y, COLLECT { MATCH (e)<-[:MENTIONS_ENTITY]-(s:Sentence) RETURN DISTINCT s.documentId } AS documents`,
  );
  const edges = await readRows(driver, database, `MATCH (a:Entity)-[r]->(b:Entity) RETURN ${EDGE_FIELDS}`);
  const docs = await readRows(driver, database, `MATCH (d:Document) RETURN ${DOC_FIELDS} ORDER BY d.importedAt, d.id`);
  const denied = await neo4jDenyingDocs(driver, database);
  const records: NodeRecord[] = nodes.map((r) => {
    const n: NodeRecord = { ...toNode(r), documents: r.documents as string[] };
    if (typeof r.x === 'number' && typeof r.y === 'number') Object.assign(n, { x: r.x, y: r.y });
    return n;
  });
  return { records, edges: edges.map((e) => toEdge(e, denied.get(e.id as string))), documents: docs.map(toDoc) };
}

/**
 * A cheap content version for the snapshot cache: the store's version (neo4j-store-version.ts), which every
 * import, deletion, alias merge, split and migration of any process bumps, and counts for what bypasses it
 * (Cypher another process wrote): documents with their import times, entities, relationships and their total
 * weight.
 */
export async function neo4jVersion(driver: Driver, database: string): Promise<string> {
  const [r] = await readRows(
    driver,
    database,
    `CALL { MATCH (d:Document) RETURN count(d) AS docs, max(d.importedAt) AS last }
    CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS rels, sum(r.weight) AS weight }
    RETURN ${STORE_VERSION} AS version, docs, last, rels, weight, COUNT { (:Entity) } AS entities,
      COUNT { (:Claim) } AS claims, COUNT { (:Denial) } AS denials`,
  );
  return JSON.stringify(r);
}

/** The outlet name of the document `d` in a sentence row. */
export const DOC_OUTLET = 'COLLECT { MATCH (d)-[:PUBLISHED_BY]->(o:Outlet) RETURN o.name }[0]';

/** A sentence row read with its document's id, title, date and outlet. */
export function toSentenceRecord(r: Row): SentenceRecord {
  return {
    id: r.id as string,
    documentId: r.documentId as string,
    title: r.title as string | null,
    date: r.date as string | null,
    outlet: r.outlet as string | null,
    index: num(r.index),
    text: r.text as string,
    start: num(r.start),
    end: num(r.end),
  };
}

/** Sentences (with their document) by id, in one query. */
export async function sentenceRecords(
  driver: Driver,
  database: string,
  ids: string[],
): Promise<Map<string, SentenceRecord>> {
  const rows = await readRows(
    driver,
    database,
    `UNWIND $ids AS sid MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence {id: sid})
    RETURN s.id AS id, d.id AS documentId, d.title AS title, d.date AS date, ${DOC_OUTLET} AS outlet,
      s.index AS index, s.text AS text, s.start AS start, s.end AS end`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((r) => [r.id as string, toSentenceRecord(r)]));
}

/** Sentence records for every sentence the support lists name. */
function sentencesFor(driver: Driver, database: string, supports: string[][]): Promise<Map<string, SentenceRecord>> {
  return sentenceRecords(
    driver,
    database,
    supports.flat().map((x) => decodeSupport(x).sentenceId),
  );
}

function evidenceOf(support: string[], sentences: Map<string, SentenceRecord>): EvidenceItem[] {
  return evidenceList(support.map(decodeSupport), (id) => sentences.get(id));
}

/** Entity nodes by id (those that exist). */
export async function neo4jNodes(driver: Driver, database: string, ids: string[]): Promise<Map<string, GraphNode>> {
  const rows = await readRows(driver, database, `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${NODE_FIELDS}`, {
    ids,
  });
  return new Map(rows.map((r) => [r.id as string, toNode(r)]));
}

/**
 * The details of these relations (edge id → details; those that exist), in five queries whatever their
 * number: a path's hops were one lookup each, and their round trips were most of a path query's time.
 */
export async function neo4jEdges(driver: Driver, database: string, ids: string[]): Promise<Map<string, EdgeDetails>> {
  // Found from their two ends (an id is `source|TYPE|target`, edgeId), which the entity constraint indexes:
  // matched on r.id alone, every lookup scanned every relation of every entity (no index spans all types).
  const ends = [...new Set(ids)].flatMap((id) => {
    const [source, type, target, ...more] = id.split('|');
    return type && !more.length ? [{ id, source, target }] : [];
  });
  if (!ends.length) return new Map();
  const rows = await readRows(
    driver,
    database,
    `UNWIND $ends AS end MATCH (a:Entity {id: end.source})-[r]->(b:Entity {id: end.target}) WHERE r.id = end.id
    RETURN ${EDGE_FIELDS}, r.support AS support`,
    { ends },
  );
  if (!rows.length) return new Map();
  const found = rows.map((r) => r.id as string);
  const [byId, sentences, denied, denials] = await Promise.all([
    neo4jNodes(driver, database, [...new Set(rows.flatMap((r) => [r.source as string, r.target as string]))]),
    sentencesFor(
      driver,
      database,
      rows.map((r) => r.support as string[]),
    ),
    neo4jDenyingDocs(driver, database, found),
    neo4jDenials(driver, database, found),
  ]);
  return new Map(
    rows.map((r) => {
      const id = r.id as string;
      const details: EdgeDetails = {
        edge: toEdge(r, denied.get(id)),
        source: byId.get(r.source as string)!,
        target: byId.get(r.target as string)!,
        evidence: evidenceOf(r.support as string[], sentences),
        denials: denials.get(id) ?? [],
      };
      return [id, details];
    }),
  );
}

/** An entity's node, relations and documents (the store adds its claims). */
export async function neo4jEntity(
  driver: Driver,
  database: string,
  id: string,
): Promise<Omit<EntityDetails, 'said' | 'saidAbout' | 'totals'> | null> {
  const found = await readRows(driver, database, `MATCH (e:Entity {id: $id}) RETURN ${NODE_FIELDS}`, { id });
  if (!found.length) return null;
  const rels = await readRows(
    driver,
    database,
    `MATCH (e:Entity {id: $id})-[r]-(o:Entity)
    RETURN r.id AS edgeId, type(r) AS type, startNode(r) = e AS out, o.id AS oid, o.name AS oname, o.type AS otype, r.weight AS weight, r.phrases AS phrases, r.support AS support`,
    { id },
  );
  // One sentence look-up for all relations: a widely linked entity has hundreds.
  const sentences = await sentencesFor(
    driver,
    database,
    rels.map((r) => r.support as string[]),
  );
  const relations: RelationView[] = [];
  for (const r of rels) {
    relations.push({
      edgeId: r.edgeId as string,
      type: r.type as string,
      direction: r.out ? 'out' : 'in',
      other: { id: r.oid as string, name: r.oname as string, type: r.otype as string },
      weight: num(r.weight),
      phrases: [...(r.phrases as string[])].sort(),
      evidence: evidenceOf(r.support as string[], sentences),
    });
  }
  const docs = await readRows(
    driver,
    database,
    `MATCH (e:Entity {id: $id})<-[:MENTIONS_ENTITY]-(:Sentence)<-[:HAS_SENTENCE]-(d:Document) WITH DISTINCT d RETURN ${DOC_FIELDS} ORDER BY d.importedAt, d.id`,
    { id },
  );
  return { node: toNode(found[0]), relations: sortRelations(relations), documents: docs.map(toDoc) };
}

export async function neo4jSearch(driver: Driver, database: string, q: string, limit = 20): Promise<SearchHit[]> {
  const needle = q.trim().toLowerCase();
  if (!needle) return [];
  const fields = 'e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases';
  const rows = await readRows(
    driver,
    database,
    `MATCH (e:Entity)
    WHERE toLower(e.name) CONTAINS $q OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $q)
    RETURN ${fields} LIMIT 1000`,
    { q: needle },
  );
  // Typos: Cypher has no edit distance, so the names the substring test missed are scored here. Both
  // passes scan the entities (no text index backs CONTAINS either); this one only when hits are few.
  if (rows.length < limit && allowedEdits(needle.length) > 0) {
    const seen = new Set(rows.map((r) => r.id as string));
    for (const r of await readRows(driver, database, `MATCH (e:Entity) RETURN ${fields}`))
      if (!seen.has(r.id as string)) rows.push(r);
  }
  return rankHits(
    q,
    rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      type: r.type as string,
      aliases: r.aliases as string[],
    })),
    limit,
  );
}

export async function neo4jStats(driver: Driver, database: string, top = 10): Promise<GraphStats> {
  const [counts] = await readRows(
    driver,
    database,
    `RETURN COUNT { (:Entity) } AS nodes, COUNT { (:Entity)-[]->(:Entity) } AS relationships,
    COUNT { (:Document) } AS documents, COUNT { (:Sentence) } AS sentences, COUNT { (:Claim) } AS claims`,
  );
  const [span] = await readRows(
    driver,
    database,
    'MATCH (d:Document) WHERE d.date IS NOT NULL RETURN min(d.date) AS first, max(d.date) AS last',
  );
  const byType: Record<string, number> = {};
  for (const r of await readRows(driver, database, 'MATCH (e:Entity) RETURN e.type AS t, count(*) AS n'))
    byType[r.t as string] = num(r.n);
  const byRelType: Record<string, number> = {};
  for (const r of await readRows(driver, database, 'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS t, count(*) AS n'))
    byRelType[r.t as string] = num(r.n);
  const topRows = await readRows(
    driver,
    database,
    `MATCH (e:Entity) WITH e, COUNT { (e)-[]-(:Entity) } AS degree
    RETURN e.id AS id, e.name AS name, e.type AS type, degree ORDER BY degree DESC, id LIMIT $top`,
    { top: neo4j.int(top) },
  );
  return {
    nodes: num(counts.nodes),
    relationships: num(counts.relationships),
    documents: num(counts.documents),
    sentences: num(counts.sentences),
    claims: num(counts.claims),
    byType,
    byRelType,
    topEntities: topRows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      type: r.type as string,
      degree: num(r.degree),
    })),
    ...datesOf({ first: span.first as string | null, last: span.last as string | null }),
  };
}
