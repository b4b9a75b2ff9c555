// Writing documents into the SQLite store: a document's entities are resolved to the stored nodes
// (resolve-entities.ts), its rows go into the per-document tables, and only the entities and edges it
// touches are brought up to date (a node's name, type, aliases and lookup keys derived from every
// document's entry, derive-node.ts; an edge exists while any sentence supports it). Callers run these
// inside one transaction per document.
import { timeColumns } from './time-columns.js';
import type { ClaimRow } from './claim-rows.js';
import { edgeId, outletId, type DocRows } from './doc-rows.js';
import { candidateLookup, NodeIndex, resolveDocument, type Veto } from './resolve-entities.js';
import { sqliteCandidates } from './sqlite-resolve.js';
import { countMentions, refreshEntities } from './sqlite-entities.js';
import type { Db } from './sqlite-schema.js';
import { refreshEdges, sqliteEdgeState } from './sqlite-edges.js';
import { edgeChanges, type EdgeState } from './edge-sources.js';
import { claimPairsOf, refreshClaimEdges, type ClaimPair } from './sqlite-claim-edges.js';
import { statement } from './sqlite-statement.js';

const json = (xs: string[]) => JSON.stringify(xs);

/** What putting a document changed beyond its own rows (an import run's counts). */
export interface PutResult {
  replaced: boolean;
  /** Edges that existed and gained a supporting document. */
  corroborated: number;
  /** Edges that became disputed. */
  disputed: number;
}

/** Removes a document's rows (keeping the document row when `keepRow`); returns what it touched. */
function clearDocument(
  db: Db,
  seq: number,
  keepRow: boolean,
): { entities: string[]; edges: string[]; claimPairs: ClaimPair[] } {
  const claimPairs = claimPairsOf(db, seq);
  const entities = statement(db, 'SELECT entity_id FROM doc_entities WHERE doc_seq = ?', true).all(seq) as string[];
  const edges = statement(
    db,
    'SELECT edge_id FROM support WHERE doc_seq = ? UNION SELECT edge_id FROM denials WHERE doc_seq = ?',
    true,
  ).all(seq, seq) as string[];
  for (const t of ['doc_entities', 'mentions', 'support', 'sentences', 'claims', 'claim_about', 'denials'])
    statement(db, `DELETE FROM ${t} WHERE doc_seq = ?`).run(seq);
  if (!keepRow) statement(db, 'DELETE FROM documents WHERE seq = ?').run(seq);
  return { entities, edges, claimPairs };
}

/**
 * Adds or replaces one document, its entities resolved against the nodes the other documents made
 * (`veto`: the alias file's vetoes). A replacement moves to the end of the import order (as a new
 * import) unless `keepSeq`.
 */
export function putDocument(db: Db, extracted: DocRows, keepSeq = false, veto: Veto = []): PutResult {
  const old = statement(db, 'SELECT seq FROM documents WHERE id = ?', true).get(extracted.doc.id) as number | undefined;
  const touched = old === undefined ? { entities: [], edges: [], claimPairs: [] } : clearDocument(db, old, keepSeq);
  // The store as it is without this document is what its entities resolve against.
  refreshEntities(db, touched.entities);
  const rows = resolveDocument(extracted, new NodeIndex(sqliteCandidates(db, candidateLookup([extracted]))), veto);
  // Edges the old version touched still hold their aggregates from before it was cleared (refreshed
  // below): changes are counted against that, as Neo4j counts them.
  const state = sqliteEdgeState(db);
  const before = new Map<string, EdgeState>();
  for (const r of [...rows.relations, ...(rows.denials ?? [])]) {
    const id = edgeId(r.source, r.type, r.target);
    if (!before.has(id)) before.set(id, state(id));
  }
  const d = rows.doc;
  const seen = d.date ?? d.importedAt.slice(0, 10);
  const values = {
    id: d.id,
    title: d.title ?? null,
    source: d.source ?? null,
    date: d.date ?? null,
    hash: d.hash,
    importedAt: d.importedAt,
    seen,
    sentences: rows.sentences.length,
    outlet: d.outlet ? putOutlet(db, d.outlet) : null,
  };
  let seq: number;
  if (keepSeq && old !== undefined) {
    statement(
      db,
      `UPDATE documents SET title = @title, source = @source, date = @date, hash = @hash, imported_at = @importedAt,
       seen = @seen, sentences = @sentences, outlet_id = @outlet WHERE seq = @seq`,
    ).run({ ...values, seq: old });
    seq = old;
  } else {
    seq = Number(
      statement(
        db,
        `INSERT INTO documents (id, title, source, date, hash, imported_at, seen, sentences, outlet_id)
           VALUES (@id, @title, @source, @date, @hash, @importedAt, @seen, @sentences, @outlet)`,
      ).run(values).lastInsertRowid,
    );
  }
  // A document's own rows go in one statement per table, as a JSON array of rows (see sqlite-entities.ts).
  statement(
    db,
    `INSERT INTO sentences (id, doc_seq, idx, text, start, end)
       SELECT value ->> 0, ?, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(?)`,
  ).run(seq, JSON.stringify(rows.sentences.map((s) => [s.id, s.index, s.text, s.start, s.end])));
  statement(
    db,
    `INSERT OR REPLACE INTO doc_entities (entity_id, doc_seq, ord, name, type, aliases, strong, rule, because)
       SELECT value ->> 0, ?, key, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6
       FROM json_each(?)`,
  ).run(
    seq,
    JSON.stringify(
      rows.entities.map((e) => [
        e.id,
        e.name,
        e.type,
        json(e.aliases),
        e.strong ? 1 : 0,
        e.rule ?? 'new',
        json(e.because ?? []),
      ]),
    ),
  );
  statement(
    db,
    `INSERT OR IGNORE INTO mentions (entity_id, sentence_id, doc_seq, ord)
       SELECT value ->> 0, value ->> 1, ?, key FROM json_each(?)`,
  ).run(seq, JSON.stringify(rows.mentions.map((m) => [m.entityId, m.sentenceId])));
  const edge = statement(db, 'INSERT OR IGNORE INTO edges (id, source, target, type) VALUES (?, ?, ?, ?)');
  const support = statement(
    db,
    `INSERT OR REPLACE INTO support (edge_id, sentence_id, doc_seq, ord, phrase, subject_start, subject_end, object_start, object_end,
       time_text, time_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  rows.relations.forEach((r, i) => {
    const id = edgeId(r.source, r.type, r.target);
    edge.run(id, r.source, r.target, r.type);
    support.run(
      id,
      r.sentenceId,
      seq,
      i,
      r.phrase,
      r.subject?.start ?? null,
      r.subject?.end ?? null,
      r.object?.start ?? null,
      r.object?.end ?? null,
      ...timeColumns(r.time),
    );
  });
  putClaims(db, seq, rows.claims ?? []);
  const denial = statement(
    db,
    `INSERT OR IGNORE INTO denials (edge_id, sentence_id, doc_seq, ord, source, target, type, phrase, by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const denials = rows.denials ?? [];
  denials.forEach((r, i) =>
    denial.run(
      edgeId(r.source, r.type, r.target),
      r.sentenceId,
      seq,
      i,
      r.source,
      r.target,
      r.type,
      r.phrase,
      r.by ?? null,
    ),
  );
  refreshEntities(
    db,
    rows.entities.map((e) => e.id),
  );
  countMentions(db, [...touched.entities, ...rows.entities.map((e) => e.id)]);
  refreshEdges(db, [
    ...touched.edges,
    ...[...rows.relations, ...denials].map((r) => edgeId(r.source, r.type, r.target)),
  ]);
  refreshClaimEdges(db, [
    ...touched.claimPairs,
    ...(rows.claims ?? []).flatMap((c) => c.about.map((about): ClaimPair => [c.speaker, about])),
  ]);
  return { replaced: old !== undefined, ...edgeChanges(before, state) };
}

function putClaims(db: Db, seq: number, claims: ClaimRow[]): void {
  const claim = statement(
    db,
    `INSERT OR REPLACE INTO claims (id, doc_seq, ord, speaker, verb, sentence_id, text, start, end, quote, time_text, time_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const about = statement(db, 'INSERT OR IGNORE INTO claim_about (claim_id, entity_id, doc_seq) VALUES (?, ?, ?)');
  claims.forEach((c, i) => {
    claim.run(
      c.id,
      seq,
      i,
      c.speaker,
      c.verb,
      c.sentenceId,
      c.text,
      c.start,
      c.end,
      c.quote ? 1 : 0,
      ...timeColumns(c.time),
    );
    for (const id of c.about) about.run(c.id, id, seq);
  });
}

/**
 * The outlet's row, by its id. The first name seen is kept, except a bare domain (what an address alone
 * tells), which the outlet's own name replaces when a later article gives it.
 */
function putOutlet(db: Db, outlet: NonNullable<DocRows['doc']['outlet']>): string {
  const id = outletId(outlet);
  statement(
    db,
    `INSERT INTO outlets (id, name, domain) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE outlets.name = outlets.domain AND excluded.name <> excluded.domain`,
  ).run(id, outlet.name, outlet.domain ?? null);
  return id;
}

export function deleteDocument(db: Db, id: string): boolean {
  const seq = statement(db, 'SELECT seq FROM documents WHERE id = ?', true).get(id) as number | undefined;
  if (seq === undefined) return false;
  const touched = clearDocument(db, seq, false);
  refreshEntities(db, touched.entities);
  countMentions(db, touched.entities);
  refreshEdges(db, touched.edges);
  refreshClaimEdges(db, touched.claimPairs);
  return true;
}
