// The Neo4j write path: one managed write transaction per batch of whole documents (so a crash never
// leaves half a document), batched UNWIND MERGE statements, nodes before relationships. A document
// whose content hash is already stored is skipped; a changed one first has its own evidence removed.
import type { ManagedTransaction } from 'neo4j-driver';
import { edgeId, type DocRows } from './doc-rows.js';
import { DERIVE_FROM_SUPPORT, encodeSupport, SEP } from './neo4j-support.js';
import { isSafeRelType, safeTypeLabel } from './rel-type.js';

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Removes a document's sentences and the evidence they gave; deletes entities left with nothing. */
export async function removeDocumentEvidence(tx: ManagedTransaction, docId: string): Promise<void> {
  const prefix = `${docId}:`;
  const touched = await tx.run(
    `MATCH (:Document {id: $docId})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
     RETURN collect(DISTINCT e.id) AS ids`,
    { docId },
  );
  const entityIds = touched.records[0]?.get('ids') as string[] | undefined ?? [];
  await tx.run(
    `UNWIND $entityIds AS eid
     MATCH (:Entity {id: eid})-[r]->(:Entity)
     WHERE any(x IN r.support WHERE split(x, $sep)[0] STARTS WITH $prefix AND NOT substring(split(x, $sep)[0], size($prefix)) CONTAINS ':')
     WITH DISTINCT r
     SET r.support = [x IN r.support WHERE NOT (split(x, $sep)[0] STARTS WITH $prefix AND NOT substring(split(x, $sep)[0], size($prefix)) CONTAINS ':')]
     WITH r ${DERIVE_FROM_SUPPORT}`,
    { entityIds, prefix, sep: SEP },
  );
  await tx.run('MATCH (:Document {id: $docId})-[:HAS_SENTENCE]->(s:Sentence) DETACH DELETE s', { docId });
  await tx.run(
    `UNWIND $entityIds AS eid
     MATCH (e:Entity {id: eid})
     WHERE NOT (e)<-[:MENTIONS]-() AND NOT (e)--(:Entity)
     DETACH DELETE e`,
    { entityIds },
  );
}

/** Writes the documents (assumed new or already cleared of old evidence). */
export async function writeDocuments(tx: ManagedTransaction, docs: DocRows[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (d:Document {id: row.id})
     SET d.title = row.title, d.source = row.source, d.date = row.date, d.hash = row.hash, d.importedAt = row.importedAt`,
    { rows: docs.map((d) => ({ title: null, source: null, date: null, ...d.doc })) },
  );
  const entities = new Map<string, { id: string; name: string; type: string; aliases: string[] }>();
  for (const d of docs) {
    for (const e of d.entities) {
      const seen = entities.get(e.id);
      if (seen) seen.aliases = [...new Set([...seen.aliases, ...e.aliases])].sort();
      else entities.set(e.id, { ...e, aliases: [...e.aliases] });
    }
  }
  for (const [type, rows] of groupBy([...entities.values()], (e) => e.type)) {
    const label = safeTypeLabel(type);
    await tx.run(
      `UNWIND $rows AS row
       MERGE (e:Entity {id: row.id})
       ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = row.aliases
       ON MATCH SET e.aliases = reduce(a = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN a THEN a ELSE a + x END)
       ${label ? `SET e:${label}` : ''}`,
      { rows },
    );
  }
  const sentences = docs.flatMap((d) => d.sentences.map((s) => ({ ...s, documentId: d.doc.id })));
  await tx.run(
    `UNWIND $rows AS row
     MATCH (d:Document {id: row.documentId})
     MERGE (s:Sentence {id: row.id})
     SET s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end, s.documentId = row.documentId
     MERGE (d)-[:HAS_SENTENCE]->(s)`,
    { rows: sentences },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (s:Sentence {id: row.sentenceId})
     MATCH (e:Entity {id: row.entityId})
     MERGE (s)-[:MENTIONS]->(e)`,
    { rows: docs.flatMap((d) => d.mentions) },
  );
  // One row per relationship, carrying all its new support items, so each relationship is touched once.
  const rels = new Map<string, { id: string; source: string; target: string; type: string; support: string[] }>();
  for (const d of docs) {
    const date = d.doc.date ?? d.doc.importedAt.slice(0, 10);
    for (const r of d.relations) {
      const id = edgeId(r.source, r.type, r.target);
      const rel = rels.get(id) ?? { id, source: r.source, target: r.target, type: r.type, support: [] };
      rel.support.push(encodeSupport(r, date));
      rels.set(id, rel);
    }
  }
  for (const [type, rows] of groupBy([...rels.values()], (r) => r.type)) {
    // Only checked names are spliced; toDocRows already mapped anything else to RELATED_TO.
    if (!isSafeRelType(type)) throw new Error(`writeDocuments: expected a safe relationship type, got ${JSON.stringify(type)}`);
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.source})
       MATCH (b:Entity {id: row.target})
       MERGE (a)-[r:${type}]->(b)
       ON CREATE SET r.id = row.id, r.support = []
       SET r.support = r.support + [x IN row.support WHERE NOT split(x, $sep)[0] IN [y IN r.support | split(y, $sep)[0]]]
       WITH r ${DERIVE_FROM_SUPPORT}`,
      { rows, sep: SEP },
    );
  }
}

/** Imports a batch of documents inside one transaction; returns the ids it skipped as unchanged. */
export async function importBatch(tx: ManagedTransaction, docs: DocRows[]): Promise<Set<string>> {
  const stored = await tx.run('UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.hash AS hash', { ids: docs.map((d) => d.doc.id) });
  const hashes = new Map(stored.records.map((r) => [r.get('id') as string, r.get('hash') as string]));
  const unchanged = new Set<string>();
  const todo: DocRows[] = [];
  for (const d of docs) {
    const h = hashes.get(d.doc.id);
    if (h === d.doc.hash) unchanged.add(d.doc.id);
    else {
      if (h !== undefined) await removeDocumentEvidence(tx, d.doc.id);
      todo.push(d);
    }
  }
  if (todo.length) await writeDocuments(tx, todo);
  return unchanged;
}
