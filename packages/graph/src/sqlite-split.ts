// Splitting names off a node in the SQLite store (`kg aliases split`): each document that named the node by
// one of them is put again with that entity detached, so resolution places it afresh under the vetoes
// (its mentions, relations, claims and denials follow it, as on any re-import). Run inside one transaction.
import { mergeRowsInto } from './rows-merge.js';
import type { Veto } from './resolve-entities.js';
import { detachedId, planSplit, type SplitEntry, type SplitResult } from './split-plan.js';
import { storedDocuments } from './sqlite-doc-rows.js';
import type { Db } from './sqlite-schema.js';
import { putDocument } from './sqlite-write.js';

export function splitSqlite(db: Db, id: string, names: string[], veto: Veto): SplitResult {
  const entries = (
    db
      .prepare(
        `SELECT d.id AS doc, e.name, e.type, e.strong, e.aliases FROM doc_entities e JOIN documents d ON d.seq = e.doc_seq
         WHERE e.entity_id = ? ORDER BY d.seq`,
      )
      .all(id) as Array<{ doc: string; name: string; type: string; strong: number; aliases: string }>
  ).map((r): SplitEntry => ({ ...r, strong: r.strong === 1, aliases: JSON.parse(r.aliases) as string[] }));
  const plan = planSplit(id, entries, names);
  const nodeOf = db
    .prepare(
      'SELECT e.entity_id FROM doc_entities e JOIN documents d ON d.seq = e.doc_seq WHERE d.id = ? AND e.name = ?',
    )
    .pluck();
  const moved: SplitResult['moved'] = [];
  for (const e of plan.move) {
    for (const rows of storedDocuments(db, [e.doc]))
      putDocument(db, mergeRowsInto(rows, new Map([[id, { id: detachedId(e) }]])), true, veto);
    moved.push({ document: e.doc, name: e.name, into: nodeOf.get(e.doc, e.name) as string });
  }
  return { id, moved, inDocument: plan.inDocument };
}
