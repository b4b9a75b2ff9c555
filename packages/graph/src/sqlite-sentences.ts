// The sentences evidence items and claims quote, each with its document's id, title, date and outlet, read
// in one statement: a hub's details quote hundreds of sentences, and one query over the list takes half
// the time of one query per sentence.
import type { SentenceRecord } from './read-shapes.js';
import type { Db } from './sqlite-schema.js';

/** The stored sentences among `ids`, by id (a missing one is left out). */
export function sqliteSentences(db: Db, ids: Iterable<string>): Map<string, SentenceRecord> {
  const rows = db
    .prepare(
      `SELECT s.id, d.id AS documentId, d.title, d.date, o.name AS outlet, s.idx AS "index", s.text, s.start, s.end
       FROM sentences s JOIN documents d ON d.seq = s.doc_seq LEFT JOIN outlets o ON o.id = d.outlet_id
       WHERE s.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...new Set(ids)])) as SentenceRecord[];
  return new Map(rows.map((r) => [r.id, r]));
}
