// The embedded store's read path: the shared API views (entity, edge, search, stats, the graph a
// snapshot is analysed from) as indexed SQLite queries. Each runs in one read transaction, so it sees
// one committed state even while an import writes.
import { timeOf } from './time-columns.js';
import type { NodeRecord } from './build-snapshot.js';
import { CLAIM_EDGE_TYPE, claimEdgeEnds } from './claim-edges.js';
import { datesOf, denialItem, documentSummary, evidenceList, sortRelations, type DateSpan } from './read-shapes.js';
import { sqliteClaimCount, sqliteClaimEdge, sqliteEntityClaims } from './sqlite-claims.js';
import type { GraphRecords } from './snapshot-cache.js';
import type { EntityPage } from './entity-page.js';
import type { Db } from './sqlite-schema.js';
import { sqliteSentences } from './sqlite-sentences.js';
import type {
  DenialItem,
  DocumentPage,
  DocumentQuery,
  DocumentSummary,
  EdgeDetails,
  EntityDetails,
  GraphEdge,
  GraphNode,
  GraphStats,
  RelationView,
  Span,
} from './types.js';

interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string;
}
interface EdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  phrases: string;
  evidence: string;
  first_seen: string | null;
  last_seen: string | null;
  support: number;
  outlets: string;
  disputed: number;
}

const EDGE_COLUMNS =
  'id, source, target, type, weight, phrases, evidence, first_seen, last_seen, support, outlets, disputed';
/** The stored claim edges in the shape of an edges row (never disputed). */
const CLAIM_EDGE_COLUMNS = `id, source, target, '${CLAIM_EDGE_TYPE}' AS type, weight, phrases, evidence, first_seen, last_seen,
  support, outlets, 0 AS disputed`;

function edgeFromRow(r: EdgeRow): GraphEdge {
  const e: GraphEdge = {
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    weight: r.weight,
    phrases: JSON.parse(r.phrases) as string[],
    evidence: JSON.parse(r.evidence) as string[],
  };
  if (r.first_seen !== null) e.firstSeen = r.first_seen;
  if (r.last_seen !== null) e.lastSeen = r.last_seen;
  e.support = r.support;
  e.outlets = JSON.parse(r.outlets) as string[];
  if (r.disputed) e.disputed = true;
  return e;
}

interface SupportRow {
  edge_id: string;
  sentence_id: string;
  phrase: string;
  subject_start: number | null;
  subject_end: number | null;
  object_start: number | null;
  object_end: number | null;
  time_text: string | null;
  time_value: string | null;
}

const DOC_FIELDS = `id, title, source, date, imported_at AS importedAt, sentences,
  (SELECT name FROM outlets WHERE outlets.id = documents.outlet_id) AS outletName,
  (SELECT domain FROM outlets WHERE outlets.id = documents.outlet_id) AS outletDomain`;

const span = (start: number | null, end: number | null): Span | undefined =>
  start === null || end === null ? undefined : { start, end };

function node(db: Db, r: EntityRow & { mentions: number }): GraphNode {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    aliases: JSON.parse(r.aliases) as string[],
    mentions: r.mentions,
    degree: db
      .prepare(
        'SELECT (SELECT count(*) FROM edges WHERE source = @id) + (SELECT count(*) FROM edges WHERE target = @id)',
      )
      .pluck()
      .get({ id: r.id }) as number,
  };
}

function entityRow(db: Db, id: string): (EntityRow & { mentions: number }) | undefined {
  return db.prepare('SELECT id, name, type, aliases, mentions FROM entities WHERE id = ?').get(id) as
    (EntityRow & { mentions: number }) | undefined;
}

const SUPPORT_FIELDS = `s.edge_id, s.sentence_id, s.phrase, s.subject_start, s.subject_end, s.object_start, s.object_end,
  s.time_text, s.time_value`;

/** The sentences (with their document) of the given support or denial rows, for evidence items. */
function sentencesOf(db: Db, rows: Array<{ sentence_id: string }>) {
  return sqliteSentences(db, new Set(rows.map((r) => r.sentence_id)));
}

const supportSpans = (r: SupportRow) => ({
  sentenceId: r.sentence_id,
  subject: span(r.subject_start, r.subject_end),
  object: span(r.object_start, r.object_end),
  time: timeOf(r.time_text, r.time_value),
});

/** The sentences that negate or deny an edge, in sentence-id order. */
function denialsOf(db: Db, id: string): DenialItem[] {
  const rows = db
    .prepare('SELECT sentence_id, phrase, by FROM denials WHERE edge_id = ? ORDER BY sentence_id')
    .all(id) as Array<{ sentence_id: string; phrase: string; by: string | null }>;
  const sentences = sentencesOf(db, rows);
  return rows.flatMap((r) => {
    const s = sentences.get(r.sentence_id);
    return s ? [denialItem(s, r.phrase, r.by)] : [];
  });
}

function supportOf(db: Db, where: string, id: string): Map<string, SupportRow[]> {
  const rows = db
    .prepare(
      `SELECT ${SUPPORT_FIELDS} FROM edges e JOIN support s ON s.edge_id = e.id JOIN documents d ON d.seq = s.doc_seq
       WHERE ${where}`,
    )
    .all(id) as SupportRow[];
  const out = new Map<string, SupportRow[]>();
  for (const r of rows) out.set(r.edge_id, [...(out.get(r.edge_id) ?? []), r]);
  return out;
}

export function sqliteEdge(db: Db, id: string): EdgeDetails | null {
  if (claimEdgeEnds(id))
    return sqliteClaimEdge(db, id, (e) => {
      const r = entityRow(db, e);
      return r ? node(db, r) : null;
    });
  return db.transaction(() => {
    const e = db.prepare(`SELECT ${EDGE_COLUMNS} FROM edges WHERE id = ?`).get(id) as EdgeRow | undefined;
    const support = supportOf(db, 'e.id = ?', id).get(id) ?? [];
    if (!e || !support.length) return null;
    const sentences = sentencesOf(db, support);
    return {
      edge: edgeFromRow(e),
      source: node(db, entityRow(db, e.source)!),
      target: node(db, entityRow(db, e.target)!),
      evidence: evidenceList(support.map(supportSpans), (s) => sentences.get(s)),
      denials: denialsOf(db, id),
    };
  })();
}

/** The entity's details cut to `page` in the queries (pageEntity's result, without reading every list). */
export function sqliteEntity(db: Db, id: string, page: EntityPage): EntityDetails | null {
  return db.transaction(() => {
    const row = entityRow(db, id);
    if (!row) return null;
    const relations: RelationView[] = [];
    for (const [direction, mine, theirs] of [
      ['out', 'source', 'target'],
      ['in', 'target', 'source'],
    ] as const) {
      // Weight and phrases are the edge row's aggregates; of the evidence only the page is read (the first
      // sentences by id, evidenceList's order), so a hub's thousands of support rows stay in SQLite.
      const edges = db
        .prepare(
          `SELECT e.id, e.type, e.weight, e.phrases, o.id AS oid, o.name AS oname, o.type AS otype
           FROM edges e JOIN entities o ON o.id = e.${theirs} WHERE e.${mine} = ?`,
        )
        .all(id) as Array<
        { id: string; type: string; weight: number; phrases: string } & Record<`o${'id' | 'name' | 'type'}`, string>
      >;
      // One seek per edge along the support key (edge, sentence): the page's rows, not the hub's thousands.
      const firstSupport = db.prepare(
        `SELECT ${SUPPORT_FIELDS} FROM support s WHERE s.edge_id = ? ORDER BY s.sentence_id LIMIT ?`,
      );
      const shown = new Map(edges.map((e) => [e.id, firstSupport.all(e.id, page.evidence) as SupportRow[]]));
      const sentences = sentencesOf(db, [...shown.values()].flat());
      for (const e of edges)
        relations.push({
          edgeId: e.id,
          type: e.type,
          direction,
          other: { id: e.oid, name: e.oname, type: e.otype },
          weight: e.weight,
          phrases: JSON.parse(e.phrases) as string[],
          evidence: evidenceList((shown.get(e.id) ?? []).map(supportSpans), (s) => sentences.get(s)),
        });
    }
    // The latest documents straight from the mentions key (entity, document, sentence), read backwards.
    const latest = 'SELECT DISTINCT doc_seq FROM mentions WHERE entity_id = ? ORDER BY doc_seq DESC LIMIT ?';
    const documents = (
      db
        .prepare(`SELECT ${DOC_FIELDS} FROM documents WHERE seq IN (${latest}) ORDER BY seq`)
        .all(id, page.documents) as Parameters<typeof documentSummary>[0][]
    ).map(documentSummary);
    const claims = sqliteEntityClaims(db, id, page.claims);
    return {
      node: node(db, row),
      relations: sortRelations(relations),
      documents,
      said: claims.said,
      saidAbout: claims.saidAbout,
      totals: {
        documents: db
          .prepare('SELECT count(DISTINCT doc_seq) FROM mentions WHERE entity_id = ?')
          .pluck()
          .get(id) as number,
        said: claims.saidTotal,
        saidAbout: claims.saidAboutTotal,
      },
    };
  })();
}

export function sqliteStats(db: Db, top = 10): GraphStats {
  return db.transaction(() => {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    const tally = (sql: string) =>
      Object.fromEntries((db.prepare(sql).all() as Array<{ t: string; n: number }>).map((r) => [r.t, r.n]));
    // Ties ordered as everywhere else in JS (localeCompare), so the cut is taken at the top-th degree.
    const degreeSql = `SELECT e.id, e.name, e.type,
      (SELECT count(*) FROM edges WHERE source = e.id) + (SELECT count(*) FROM edges WHERE target = e.id) AS degree
      FROM entities e`;
    const cut = db.prepare(`${degreeSql} ORDER BY degree DESC LIMIT 1 OFFSET ?`).get(top - 1) as
      { degree: number } | undefined;
    const topEntities = (
      db.prepare(`SELECT * FROM (${degreeSql}) WHERE degree >= ?`).all(cut?.degree ?? 0) as GraphStats['topEntities']
    )
      .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))
      .slice(0, top);
    return {
      nodes: count('SELECT count(*) FROM entities'),
      relationships: count('SELECT count(*) FROM edges'),
      documents: count('SELECT count(*) FROM documents'),
      sentences: count('SELECT count(*) FROM sentences'),
      claims: sqliteClaimCount(db),
      byType: tally('SELECT type AS t, count(*) AS n FROM entities GROUP BY type'),
      byRelType: tally('SELECT type AS t, count(*) AS n FROM edges GROUP BY type'),
      topEntities,
      ...datesOf(db.prepare('SELECT min(date) AS first, max(date) AS last FROM documents').get() as DateSpan),
    };
  })();
}

/** A page of the documents whose title, id or source contains `q` (lower case), in import order. */
export function sqliteDocumentPage(db: Db, query: Required<DocumentQuery>): DocumentPage {
  const where = `WHERE @q = '' OR instr(lower(coalesce(title, '')), @q) OR instr(lower(id), @q)
    OR instr(lower(coalesce(source, '')), @q)`;
  return db.transaction(() => ({
    documents: (
      db
        .prepare(`SELECT ${DOC_FIELDS} FROM documents ${where} ORDER BY seq LIMIT @limit OFFSET @offset`)
        .all(query) as Parameters<typeof documentSummary>[0][]
    ).map(documentSummary),
    total: db.prepare(`SELECT count(*) FROM documents ${where}`).pluck().get({ q: query.q }) as number,
  }))();
}

export function sqliteDocuments(db: Db): DocumentSummary[] {
  return (
    db.prepare(`SELECT ${DOC_FIELDS} FROM documents ORDER BY seq`).all() as Parameters<typeof documentSummary>[0][]
  ).map(documentSummary);
}

/** Everything a snapshot is made of, before analytics and filters: one row per entity and per edge (claims' derived edges included). */
export function sqliteGraph(db: Db): GraphRecords {
  return db.transaction(() => {
    const edges = (db.prepare(`SELECT ${EDGE_COLUMNS} FROM edges`).all() as EdgeRow[])
      .concat(db.prepare(`SELECT ${CLAIM_EDGE_COLUMNS} FROM claim_edges ORDER BY id`).all() as EdgeRow[])
      .map(edgeFromRow);
    const degree = new Map<string, number>();
    for (const e of edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const records: NodeRecord[] = (
      db.prepare('SELECT id, name, type, aliases, mentions FROM entities').all() as Array<
        EntityRow & { mentions: number }
      >
    ).map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      aliases: JSON.parse(r.aliases) as string[],
      mentions: r.mentions,
      degree: degree.get(r.id) ?? 0,
    }));
    return { records, edges, documents: sqliteDocuments(db) };
  })();
}

/** The entities the given documents mention (the snapshot's documents filter), by the mentions index. */
export function sqliteMentionedIn(db: Db, documentIds: string[]): Set<string> {
  return new Set(
    db
      .prepare(
        `SELECT DISTINCT m.entity_id FROM documents d JOIN mentions m ON m.doc_seq = d.seq
         WHERE d.id IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .all(JSON.stringify(documentIds)) as string[],
  );
}
