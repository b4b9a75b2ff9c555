// The embedded store's claims read path: claims as API views (an entity's "said" and "said about it",
// every claim for exports), the rows the snapshot's derived CLAIMED_ABOUT edges are made of, and one such
// edge's details.
import { claimEdgeEnds, claimEdges, type ClaimEdgeRow } from './claim-edges.js';
import { claimView, evidenceList, sortClaims, type SentenceRecord } from './read-shapes.js';
import { SENTENCE_BY_ID, type Db } from './sqlite-schema.js';
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
}

/** Claims selected by `where` (over `claims c`), as views; claims whose entities or sentence are gone are left out. */
function claimViews(db: Db, where: string, ...params: unknown[]): ClaimView[] {
  const rows = db
    .prepare(`SELECT c.id, c.speaker, c.verb, c.sentence_id, c.text, c.start, c.end, c.quote FROM claims c ${where}`)
    .all(...params) as ClaimRecord[];
  const entity = db.prepare('SELECT id, name, type FROM entities WHERE id = ?');
  const about = db.prepare(
    'SELECT e.id, e.name, e.type FROM claim_about a JOIN entities e ON e.id = a.entity_id WHERE a.claim_id = ?',
  );
  const sentence = db.prepare(SENTENCE_BY_ID);
  const out: ClaimView[] = [];
  for (const r of rows) {
    const speaker = entity.get(r.speaker) as EntityRef | undefined;
    const s = sentence.get(r.sentence_id) as SentenceRecord | undefined;
    if (!speaker || !s) continue;
    out.push(claimView({ ...r, quote: r.quote === 1 }, speaker, about.all(r.id) as EntityRef[], s));
  }
  return sortClaims(out);
}

const SPOKEN_BY = 'WHERE c.speaker = ?';
const SPOKEN_ABOUT = 'WHERE c.id IN (SELECT claim_id FROM claim_about WHERE entity_id = ?)';
// sortClaims's order in SQL, so a page is cut before any claim is built.
const PAGE = `ORDER BY (SELECT id FROM documents WHERE seq = c.doc_seq),
  (SELECT idx FROM sentences WHERE id = c.sentence_id), c.start, c.id LIMIT ?`;

/** What an entity said and what was said about it: the first `limit` of each, and how many there are. */
export function sqliteEntityClaims(
  db: Db,
  id: string,
  limit: number,
): { said: ClaimView[]; saidAbout: ClaimView[]; saidTotal: number; saidAboutTotal: number } {
  const count = (where: string) => db.prepare(`SELECT count(*) FROM claims c ${where}`).pluck().get(id) as number;
  return {
    said: claimViews(db, `${SPOKEN_BY} ${PAGE}`, id, limit),
    saidAbout: claimViews(db, `${SPOKEN_ABOUT} ${PAGE}`, id, limit),
    saidTotal: count(SPOKEN_BY),
    saidAboutTotal: count(SPOKEN_ABOUT),
  };
}

export function sqliteAllClaims(db: Db): ClaimView[] {
  return db.transaction(() => claimViews(db, ''))();
}

export function sqliteClaimCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM claims').pluck().get() as number;
}

const EDGE_ROWS = `SELECT c.speaker, a.entity_id AS about, c.sentence_id AS sentenceId, c.verb, d.date, d.outlet_id AS outlet
  FROM claims c JOIN claim_about a ON a.claim_id = c.id JOIN documents d ON d.seq = c.doc_seq`;

/** Every (claim, entity it is about) pair, for the snapshot's derived edges. */
export function sqliteClaimEdgeRows(db: Db): ClaimEdgeRow[] {
  return db.prepare(EDGE_ROWS).all() as ClaimEdgeRow[];
}

/** A derived CLAIMED_ABOUT edge with its sentences as evidence, or null (not such an id, or no claim left). */
export function sqliteClaimEdge(db: Db, id: string, node: (id: string) => GraphNode | null): EdgeDetails | null {
  const ends = claimEdgeEnds(id);
  if (!ends) return null;
  return db.transaction(() => {
    const rows = db
      .prepare(`${EDGE_ROWS} WHERE c.speaker = ? AND a.entity_id = ?`)
      .all(ends.speaker, ends.about) as ClaimEdgeRow[];
    const [edge] = claimEdges(rows);
    const source = node(ends.speaker);
    const target = node(ends.about);
    if (!edge || !source || !target) return null;
    const sentence = db.prepare(SENTENCE_BY_ID);
    const evidence = evidenceList(
      edge.evidence.map((sentenceId) => ({ sentenceId })),
      (s) => sentence.get(s) as SentenceRecord | undefined,
    );
    return { edge, source, target, evidence, denials: [] };
  })();
}
