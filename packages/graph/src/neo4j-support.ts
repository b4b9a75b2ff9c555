// How a relationship keeps its evidence in Neo4j: `support` is a list of strings, one per supporting
// sentence ("sentenceId␟date␟phrase␟spans"), so adding and removing a document's evidence is a single
// list expression evaluated under the relationship's write lock (no lost updates between importers).
// evidence, weight, phrases and first/last seen are derived from it after every change.
import type { RelationRow } from './doc-rows.js';
import type { Span } from './types.js';

export const SEP = '\u001f';

export function encodeSupport(row: RelationRow, date: string): string {
  const spans = [row.subject?.start, row.subject?.end, row.object?.start, row.object?.end].map((v) => (v === undefined ? '' : String(v))).join(',');
  return [row.sentenceId, date, row.phrase.replaceAll(SEP, ' '), spans].join(SEP);
}

export function decodeSupport(item: string): { sentenceId: string; date: string; phrase: string; subject?: Span; object?: Span } {
  const [sentenceId, date, phrase, spans = ''] = item.split(SEP);
  const n = spans.split(',').map((v) => (v === '' ? undefined : Number(v)));
  const out: { sentenceId: string; date: string; phrase: string; subject?: Span; object?: Span } = { sentenceId, date, phrase };
  if (n[0] !== undefined && n[1] !== undefined) out.subject = { start: n[0], end: n[1] };
  if (n[2] !== undefined && n[3] !== undefined) out.object = { start: n[2], end: n[3] };
  return out;
}

/** Cypher that re-derives the summary properties of `r` from `r.support` (deletes r when empty). */
// Callers have already written r.support in this statement, so r is write-locked here; sorting makes
// the stored list independent of the order in which importers arrived.
export const DERIVE_FROM_SUPPORT = `
  SET r.support = COLLECT { UNWIND r.support AS x RETURN x ORDER BY x }
  SET r.evidence = [x IN r.support | split(x, $sep)[0]],
      r.weight = size(r.support),
      r.phrases = reduce(acc = [], p IN [x IN r.support | split(x, $sep)[2]] | CASE WHEN p IN acc THEN acc ELSE acc + p END),
      r.firstSeen = reduce(m = null, d IN [x IN r.support | split(x, $sep)[1]] | CASE WHEN d <> '' AND (m IS NULL OR d < m) THEN d ELSE m END),
      r.lastSeen = reduce(m = null, d IN [x IN r.support | split(x, $sep)[1]] | CASE WHEN d <> '' AND (m IS NULL OR d > m) THEN d ELSE m END)
  WITH r WHERE size(r.support) = 0
  DELETE r`;
