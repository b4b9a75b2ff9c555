// The embedded store's derived CLAIMED_ABOUT edges, kept in the claim_edges table: one row per (speaker,
// entity it is about) pair, written from that pair's claim rows whenever a document adding or removing one
// of them is written, so a snapshot reads them as it reads relations instead of grouping every claim row
// of the store (≈50k at 10k articles) on each new content version.
import { CLAIM_EDGE_TYPE, claimEdges, type ClaimEdgeRow } from './claim-edges.js';
import { edgeId } from './doc-rows.js';
import type { Db } from './sqlite-schema.js';
import { statement } from './sqlite-statement.js';

/** A (speaker, entity the claim is about) pair. */
export type ClaimPair = [speaker: string, about: string];

/** Every (claim, entity it is about) pair with its sentence, verb and document date and outlet. */
export const CLAIM_EDGE_ROWS = `SELECT c.speaker, a.entity_id AS about, c.sentence_id AS sentenceId, c.verb, d.date, d.outlet_id AS outlet
  FROM claims c JOIN claim_about a ON a.claim_id = c.id JOIN documents d ON d.seq = c.doc_seq`;

/** The pairs the claims of one document make (read before its rows go, so their edges can be refreshed). */
export function claimPairsOf(db: Db, seq: number): ClaimPair[] {
  return db
    .prepare('SELECT c.speaker, a.entity_id FROM claims c JOIN claim_about a ON a.claim_id = c.id WHERE c.doc_seq = ?')
    .raw()
    .all(seq) as ClaimPair[];
}

/** Rewrites the stored edge of each pair from its claim rows (deleting it when none is left). */
export function refreshClaimEdges(db: Db, pairs: Iterable<ClaimPair>): void {
  const rows = statement(db, `${CLAIM_EDGE_ROWS} WHERE c.speaker = ? AND a.entity_id = ?`);
  const remove = statement(db, 'DELETE FROM claim_edges WHERE id = ?');
  const done = new Set<string>();
  for (const [speaker, about] of pairs) {
    const id = edgeId(speaker, CLAIM_EDGE_TYPE, about);
    if (done.has(id)) continue;
    done.add(id);
    const [edge] = claimEdges(rows.all(speaker, about) as ClaimEdgeRow[]);
    if (edge) putClaimEdge(db, edge);
    else remove.run(id);
  }
}

/** Rebuilds every stored claim edge (a store migrated from before the table). */
export function rebuildClaimEdges(db: Db): void {
  statement(db, 'DELETE FROM claim_edges').run();
  for (const edge of claimEdges(statement(db, CLAIM_EDGE_ROWS).all() as ClaimEdgeRow[])) putClaimEdge(db, edge);
}

function putClaimEdge(db: Db, e: ReturnType<typeof claimEdges>[number]): void {
  statement(
    db,
    `INSERT OR REPLACE INTO claim_edges (id, source, target, weight, phrases, evidence, first_seen, last_seen, support, outlets)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    e.id,
    e.source,
    e.target,
    e.weight,
    JSON.stringify(e.phrases),
    JSON.stringify(e.evidence),
    e.firstSeen ?? null,
    e.lastSeen ?? null,
    e.support ?? 0,
    JSON.stringify(e.outlets ?? []),
  );
}
