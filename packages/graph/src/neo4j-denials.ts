// Denials in Neo4j: a negated relation ("X did not sanction Y", "Y denied that X paid it") is a
// (:Denial {id, edgeId, source, target, type, sentenceId, documentId, phrase, by}) node, never evidence on
// the relationship (which may not even exist); it goes with its document. Whether a relationship is
// disputed is derived when reading (isDisputed over its evidence's documents and its denials').
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { docIdOfSentence } from './build-snapshot.js';
import { edgeId, type DocRows } from './doc-rows.js';
import { readRows, sentenceRecords } from './neo4j-read.js';
import { denialItem } from './read-shapes.js';
import type { DenialItem } from './types.js';

/** Rows: [id, edgeId, source, target, type, sentenceId, documentId, phrase, by]. */
export function denialWriteRows(docs: DocRows[]): unknown[][] {
  return docs.flatMap((d) =>
    (d.denials ?? []).map((r) => {
      const eid = edgeId(r.source, r.type, r.target);
      return [
        `${eid}#${r.sentenceId}`,
        eid,
        r.source,
        r.target,
        r.type,
        r.sentenceId,
        d.doc.id,
        r.phrase,
        r.by ?? null,
      ];
    }),
  );
}

/** The document's sentences are locked by the caller, so its denials cannot exist yet: CREATE. */
export const WRITE_DENIALS = `UNWIND $batch.rows AS row
  CREATE (:Denial {id: row[0], edgeId: row[1], source: row[2], target: row[3], type: row[4], sentenceId: row[5],
    documentId: row[6], phrase: row[7], by: row[8]})
  RETURN count(*) AS n`;

export async function removeDocumentDenials(tx: ManagedTransaction, docId: string): Promise<void> {
  await tx.run('MATCH (x:Denial {documentId: $docId}) DELETE x', { docId });
}

/** An alias merge (or a split, for documents `docs` only): denials naming `from` name `into` (a denial of a self-loop goes). */
export async function mergeEntityDenials(
  tx: ManagedTransaction,
  from: string,
  into: string,
  docs: string[] | null = null,
): Promise<void> {
  await tx.run(
    `MATCH (x:Denial) WHERE (x.source = $from OR x.target = $from) AND ($docs IS NULL OR x.documentId IN $docs)
     SET x.source = CASE x.source WHEN $from THEN $into ELSE x.source END,
         x.target = CASE x.target WHEN $from THEN $into ELSE x.target END
     SET x.edgeId = x.source + '|' + x.type + '|' + x.target, x.id = x.edgeId + '#' + x.sentenceId
     WITH x WHERE x.source = x.target DELETE x`,
    { from, into, docs },
  );
}

/** Documents denying each relation that some document denies: edge id → document ids. */
export async function neo4jDenyingDocs(
  driver: Driver,
  database: string,
  ids?: string[],
): Promise<Map<string, string[]>> {
  const rows = await readRows(
    driver,
    database,
    ids
      ? 'UNWIND $ids AS id MATCH (x:Denial {edgeId: id}) RETURN id, collect(DISTINCT x.documentId) AS docs'
      : 'MATCH (x:Denial) RETURN x.edgeId AS id, collect(DISTINCT x.documentId) AS docs',
    { ids: ids ?? [] },
  );
  return new Map(rows.map((r) => [r.id as string, r.docs as string[]]));
}

/** The denials of each of these relations (edge id → its denials in sentence-id order; none: absent). */
export async function neo4jDenials(
  driver: Driver,
  database: string,
  ids: string[],
): Promise<Map<string, DenialItem[]>> {
  const rows = await readRows(
    driver,
    database,
    `UNWIND $ids AS id MATCH (x:Denial {edgeId: id})
    RETURN id, x.sentenceId AS sentenceId, x.phrase AS phrase, x.by AS by ORDER BY id, x.sentenceId`,
    { ids: [...new Set(ids)] },
  );
  const sentences = await sentenceRecords(
    driver,
    database,
    rows.map((r) => r.sentenceId as string),
  );
  const out = new Map<string, DenialItem[]>();
  for (const r of rows) {
    const s = sentences.get(r.sentenceId as string);
    if (!s) continue;
    const id = r.id as string;
    out.set(id, [...(out.get(id) ?? []), denialItem(s, r.phrase as string, r.by as string | null)]);
  }
  return out;
}

/** The documents of an edge's evidence (sentence ids), for isDisputed. */
export const evidenceDocs = (evidence: string[]): string[] => evidence.map(docIdOfSentence);
