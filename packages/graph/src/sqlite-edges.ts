// The embedded store's edge aggregates: an edge row exists while a sentence supports it, and its weight,
// phrases, evidence, first/last seen, support (documents), outlets and disputed flag are derived from its
// support rows, their documents and the denials of the same (source, type, target), so any change to
// those rows is followed by refreshEdges on the edges it touched.
import { edgeSources, isDisputed, type EdgeState } from './edge-sources.js';
import { edgeShape } from './read-shapes.js';
import type { Db } from './sqlite-schema.js';
import { statement } from './sqlite-statement.js';

const json = (xs: string[]) => JSON.stringify(xs);

/** Recomputes the touched edges' aggregates from their support (deleting those no sentence supports). */
export function refreshEdges(db: Db, ids: Iterable<string>): void {
  const support = statement(
    db,
    `SELECT s.sentence_id AS sentenceId, s.phrase, s.doc_seq AS doc, d.date, d.outlet_id AS outlet
     FROM support s JOIN documents d ON d.seq = s.doc_seq WHERE s.edge_id = ?`,
  );
  const denied = statement(db, 'SELECT DISTINCT doc_seq FROM denials WHERE edge_id = ?', true);
  const edge = statement(db, 'SELECT id, source, target, type FROM edges WHERE id = ?');
  const update = statement(
    db,
    `UPDATE edges SET weight = ?, phrases = ?, evidence = ?, first_seen = ?, last_seen = ?, support = ?, outlets = ?,
     disputed = ? WHERE id = ?`,
  );
  const remove = statement(db, 'DELETE FROM edges WHERE id = ?');
  for (const id of new Set(ids)) {
    const rows = support.all(id) as Array<{
      sentenceId: string;
      phrase: string;
      doc: number;
      date: string | null;
      outlet: string | null;
    }>;
    const e = edge.get(id) as { id: string; source: string; target: string; type: string } | undefined;
    if (!e) continue;
    if (!rows.length) {
      remove.run(id);
      continue;
    }
    const disputed = isDisputed(
      rows.map((r) => String(r.doc)),
      (denied.all(id) as number[]).map(String),
    );
    const g = edgeShape(
      e,
      rows.map((r) => r.sentenceId),
      rows.map((r) => r.phrase),
      { ...edgeSources(rows), disputed },
    );
    update.run(
      g.weight,
      json(g.phrases),
      json(g.evidence),
      g.firstSeen ?? null,
      g.lastSeen ?? null,
      g.support ?? 0,
      json(g.outlets ?? []),
      g.disputed ? 1 : 0,
      id,
    );
  }
}

/** Reads edge states (support, disputed) by id, for edgeChanges. */
export function sqliteEdgeState(db: Db): (id: string) => EdgeState {
  const get = statement(db, 'SELECT support, disputed FROM edges WHERE id = ?');
  return (id) => {
    const r = get.get(id) as { support: number; disputed: number } | undefined;
    return r && { support: r.support, disputed: r.disputed === 1 };
  };
}
