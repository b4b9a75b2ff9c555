// A stored document back as the rows it was imported from (for `kg migrate --to neo4j` and alias merges,
// which rewrite a document's rows and put them again).
import { timeOf } from './time-columns.js';
import type { ClaimRow } from './claim-rows.js';
import type { DocRows, MentionRow, RelationRow } from './doc-rows.js';
import type { Db } from './sqlite-schema.js';

interface DocRecord {
  seq: number;
  id: string;
  title: string | null;
  source: string | null;
  date: string | null;
  hash: string;
  importedAt: string;
  outletName: string | null;
  outletDomain: string | null;
}

export function storedDocRows(db: Db, doc: DocRecord): DocRows {
  const rows: DocRows = {
    doc: { id: doc.id, hash: doc.hash, importedAt: doc.importedAt },
    sentences: db
      .prepare('SELECT id, idx AS "index", text, start, end FROM sentences WHERE doc_seq = ? ORDER BY idx')
      .all(doc.seq) as DocRows['sentences'],
    entities: (
      db
        .prepare(
          'SELECT entity_id AS id, name, type, strong, aliases, rule, because FROM doc_entities WHERE doc_seq = ? ORDER BY ord',
        )
        .all(doc.seq) as Array<{
        id: string;
        name: string;
        type: string;
        strong: number;
        aliases: string;
        rule: string;
        because: string;
      }>
    ).map((e) => ({
      ...e,
      strong: e.strong === 1,
      aliases: JSON.parse(e.aliases) as string[],
      because: JSON.parse(e.because) as string[],
    })),
    mentions: db
      .prepare('SELECT sentence_id AS sentenceId, entity_id AS entityId FROM mentions WHERE doc_seq = ? ORDER BY ord')
      .all(doc.seq) as MentionRow[],
    relations: (
      db
        .prepare(
          `SELECT e.source, e.target, e.type, s.sentence_id AS sentenceId, s.phrase,
            s.subject_start, s.subject_end, s.object_start, s.object_end, s.time_text, s.time_value
           FROM support s JOIN edges e ON e.id = s.edge_id WHERE s.doc_seq = ? ORDER BY s.ord`,
        )
        .all(doc.seq) as Array<
        RelationRow & {
          subject_start: number | null;
          subject_end: number | null;
          object_start: number | null;
          object_end: number | null;
          time_text: string | null;
          time_value: string | null;
        }
      >
    ).map(({ subject_start, subject_end, object_start, object_end, time_text, time_value, ...r }) => {
      const out: RelationRow = { ...r };
      const time = timeOf(time_text, time_value);
      if (time) out.time = time;
      if (subject_start !== null && subject_end !== null) out.subject = { start: subject_start, end: subject_end };
      if (object_start !== null && object_end !== null) out.object = { start: object_start, end: object_end };
      return out;
    }),
    claims: storedClaims(db, doc.seq),
  };
  const denials = (
    db
      .prepare(
        'SELECT source, target, type, sentence_id AS sentenceId, phrase, by FROM denials WHERE doc_seq = ? ORDER BY ord',
      )
      .all(doc.seq) as Array<RelationRow & { by: string | null }>
  ).map(({ by, ...r }) => (by === null ? r : { ...r, by }));
  if (denials.length) rows.denials = denials;
  for (const k of ['title', 'source', 'date'] as const) if (doc[k] !== null) rows.doc[k] = doc[k];
  if (doc.outletName !== null)
    rows.doc.outlet =
      doc.outletDomain === null ? { name: doc.outletName } : { name: doc.outletName, domain: doc.outletDomain };
  return rows;
}

function storedClaims(db: Db, seq: number): ClaimRow[] {
  const about = db.prepare('SELECT entity_id FROM claim_about WHERE claim_id = ? ORDER BY entity_id').pluck();
  return (
    db
      .prepare(
        `SELECT id, speaker, verb, sentence_id AS sentenceId, text, start, end, quote, time_text, time_value
         FROM claims WHERE doc_seq = ? ORDER BY ord`,
      )
      .all(seq) as Array<
      Omit<ClaimRow, 'quote' | 'about' | 'time'> & {
        quote: number;
        time_text: string | null;
        time_value: string | null;
      }
    >
  ).map(({ time_text, time_value, ...c }) => {
    const time = timeOf(time_text, time_value);
    return { ...c, quote: c.quote === 1, about: about.all(c.id) as string[], ...(time ? { time } : {}) };
  });
}

/** Documents in import order, one at a time (a whole store need not fit in memory at once). */
export function* storedDocuments(db: Db, ids?: string[]): Generator<DocRows> {
  const sql = `SELECT d.seq, d.id, d.title, d.source, d.date, d.hash, d.imported_at AS importedAt,
    o.name AS outletName, o.domain AS outletDomain FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id`;
  const docs = ids
    ? (ids.map((id) => db.prepare(`${sql} WHERE d.id = ?`).get(id)).filter(Boolean) as DocRecord[])
    : (db.prepare(`${sql} ORDER BY d.seq`).all() as DocRecord[]);
  for (const d of docs) yield storedDocRows(db, d);
}
