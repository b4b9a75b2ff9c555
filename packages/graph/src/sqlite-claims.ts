// The embedded store's claims read path: claims as API views (an entity's "said" and "said about it",
// every claim for exports) and one derived CLAIMED_ABOUT edge's details (read from its claims).
import { timeOf } from './time-columns.js';
import { claimEdgeEnds, claimEdges, type ClaimEdgeRow } from './claim-edges.js';
import { claimView, evidenceList, sortClaims } from './read-shapes.js';
import type { Db } from './sqlite-schema.js';
import { sqliteSentences } from './sqlite-sentences.js';
import { CLAIM_EDGE_ROWS } from './sqlite-claim-edges.js';
import type { ClaimView, EdgeDetails, EntityRef, GraphNode } from './types.js';

interface ClaimRecord {
  id: string;
  speaker: string;
  verb: string;
  sentence_id: string;
  text: string;
  start: number;
  end: number;
  quote: number;
  time_text: string | null;
  time_value: string | null;
}

const CLAIM_COLUMNS =
  'c.id, c.speaker, c.verb, c.sentence_id, c.text, c.start, c.end, c.quote, c.time_text, c.time_value';

/** Claims read by `sql` (selecting CLAIM_COLUMNS), as views; claims whose entities or sentence are gone are left out. */
function claimViews(db: Db, sql: string, params: Record<string, unknown> = {}): ClaimView[] {
  const rows = db.prepare(sql).all(params) as ClaimRecord[];
  const entity = db.prepare('SELECT id, name, type FROM entities WHERE id = ?');
  const about = db.prepare(
    'SELECT e.id, e.name, e.type FROM claim_about a JOIN entities e ON e.id = a.entity_id WHERE a.claim_id = ?',
  );
  const sentences = sqliteSentences(db, new Set(rows.map((r) => r.sentence_id)));
  const out: ClaimView[] = [];
  for (const r of rows) {
    const speaker = entity.get(r.speaker) as EntityRef | undefined;
    const s = sentences.get(r.sentence_id);
    if (!speaker || !s) continue;
    const time = timeOf(r.time_text, r.time_value);
    out.push(claimView({ ...r, quote: r.quote === 1, time }, speaker, about.all(r.id) as EntityRef[], s));
  }
  return sortClaims(out);
}

// `claims` with `where` picks the claims (x.doc_seq is each one's document); `join` reads the claims of one
// document `f` (CROSS JOIN keeps SQLite from starting at the hub's every claim).
const SPOKEN_BY = {
  claims: 'claims x',
  where: 'x.speaker = @id',
  join: 'CROSS JOIN claims c ON c.doc_seq = f.seq AND c.speaker = @id',
};
const SPOKEN_ABOUT = {
  claims: 'claim_about x',
  where: 'x.entity_id = @id',
  join: 'CROSS JOIN claim_about a ON a.doc_seq = f.seq AND a.entity_id = @id CROSS JOIN claims c ON c.id = a.claim_id',
};
type ClaimsOf = typeof SPOKEN_BY;
// sortClaims's order in SQL (document id, sentence, start, id), so a page is cut before any claim is built.
// A hub has thousands of claims: only the documents that hold the page (the first in id order, by how many
// of the claims each has) are joined to their sentences and sorted — 16 ms for a hub's page instead of 40.
const PAGE = ({ claims, where, join }: ClaimsOf) => `WITH docs AS (
    SELECT d.seq, d.id, count(*) AS n FROM ${claims} JOIN documents d ON d.seq = x.doc_seq WHERE ${where} GROUP BY d.seq),
  firsts AS (SELECT seq, id FROM (SELECT seq, id, sum(n) OVER (ORDER BY id ROWS UNBOUNDED PRECEDING) - n AS before
    FROM docs) WHERE before < @limit)
  SELECT ${CLAIM_COLUMNS}
  FROM firsts f ${join} JOIN sentences s ON s.id = c.sentence_id
  ORDER BY f.id, s.idx, c.start, c.id LIMIT @limit`;

/** What an entity said and what was said about it: the first `limit` of each, and how many there are. */
export function sqliteEntityClaims(
  db: Db,
  id: string,
  limit: number,
): { said: ClaimView[]; saidAbout: ClaimView[]; saidTotal: number; saidAboutTotal: number } {
  const count = ({ claims, where }: ClaimsOf) =>
    db.prepare(`SELECT count(*) FROM ${claims} WHERE ${where}`).pluck().get({ id }) as number;
  return {
    said: claimViews(db, PAGE(SPOKEN_BY), { id, limit }),
    saidAbout: claimViews(db, PAGE(SPOKEN_ABOUT), { id, limit }),
    saidTotal: count(SPOKEN_BY),
    saidAboutTotal: count(SPOKEN_ABOUT),
  };
}

export function sqliteAllClaims(db: Db): ClaimView[] {
  return db.transaction(() => claimViews(db, `SELECT ${CLAIM_COLUMNS} FROM claims c`))();
}

export function sqliteClaimCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM claims').pluck().get() as number;
}

/** A derived CLAIMED_ABOUT edge with its sentences as evidence, or null (not such an id, or no claim left). */
export function sqliteClaimEdge(db: Db, id: string, node: (id: string) => GraphNode | null): EdgeDetails | null {
  const ends = claimEdgeEnds(id);
  if (!ends) return null;
  return db.transaction(() => {
    const rows = db
      .prepare(`${CLAIM_EDGE_ROWS} WHERE c.speaker = ? AND a.entity_id = ?`)
      .all(ends.speaker, ends.about) as ClaimEdgeRow[];
    const [edge] = claimEdges(rows);
    const source = node(ends.speaker);
    const target = node(ends.about);
    if (!edge || !source || !target) return null;
    const sentences = sqliteSentences(db, edge.evidence);
    const evidence = evidenceList(
      edge.evidence.map((sentenceId) => ({ sentenceId })),
      (s) => sentences.get(s),
    );
    return { edge, source, target, evidence, denials: [] };
  })();
}
