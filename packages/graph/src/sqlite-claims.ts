// The embedded store's claims read path: claims as API views (an entity's "said" and "said about it",
// every claim for exports) and one derived CLAIMED_ABOUT edge's details (read from its claims).
import { timeOf } from './time-columns.js';
import { claimEdgeEnds, claimEdges, type ClaimEdgeRow } from './claim-edges.js';
import { claimView, evidenceList, sortClaims, type SentenceRecord } from './read-shapes.js';
import { SENTENCE_BY_ID, type Db } from './sqlite-schema.js';
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

/** Claims selected by `where` (over `claims c`), as views; claims whose entities or sentence are gone are left out. */
function claimViews(db: Db, where: string, ...params: unknown[]): ClaimView[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.speaker, c.verb, c.sentence_id, c.text, c.start, c.end, c.quote, c.time_text, c.time_value
       FROM claims c ${where}`,
    )
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
    const time = timeOf(r.time_text, r.time_value);
    out.push(claimView({ ...r, quote: r.quote === 1, time }, speaker, about.all(r.id) as EntityRef[], s));
  }
  return sortClaims(out);
}

const SPOKEN_BY = 'WHERE c.speaker = ?';
const SPOKEN_ABOUT = 'JOIN claim_about a ON a.claim_id = c.id WHERE a.entity_id = ?';
// sortClaims's order in SQL, so a page is cut before any claim is built. Joined rather than read by
// correlated subqueries: for the 1,750 claims about a hub that took 78 ms instead of 14.
const PAGE = (where: string) => `JOIN documents d ON d.seq = c.doc_seq JOIN sentences s ON s.id = c.sentence_id
  ${where} ORDER BY d.id, s.idx, c.start, c.id LIMIT ?`;

/** What an entity said and what was said about it: the first `limit` of each, and how many there are. */
export function sqliteEntityClaims(
  db: Db,
  id: string,
  limit: number,
): { said: ClaimView[]; saidAbout: ClaimView[]; saidTotal: number; saidAboutTotal: number } {
  const count = (where: string) => db.prepare(`SELECT count(*) FROM claims c ${where}`).pluck().get(id) as number;
  return {
    said: claimViews(db, PAGE(SPOKEN_BY), id, limit),
    saidAbout: claimViews(db, PAGE(SPOKEN_ABOUT), id, limit),
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
    const sentence = db.prepare(SENTENCE_BY_ID);
    const evidence = evidenceList(
      edge.evidence.map((sentenceId) => ({ sentenceId })),
      (s) => sentence.get(s) as SentenceRecord | undefined,
    );
    return { edge, source, target, evidence, denials: [] };
  })();
}
