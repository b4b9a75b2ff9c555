// The Neo4j write path for one batch of whole documents, inside one managed write transaction (so a
// crash never leaves half a document): documents whose content hash is already stored are skipped;
// the others are locked first, a changed one has its own evidence removed, then writeDocuments loads
// them with batched UNWIND statements.
import type { StoreTotals } from './import-summary.js';
import type { ManagedTransaction } from 'neo4j-driver';
import type { DocRows } from './doc-rows.js';
import { DERIVE_FROM_SUPPORT, SEP } from './neo4j-support.js';
import { removeDocumentClaims } from './neo4j-claim-write.js';
import { removeDocumentDenials } from './neo4j-denials.js';
import { edgeStates, neo4jDocumentEdgeStates, neo4jEdgeDocuments, withDocuments } from './neo4j-runs.js';
import { edgeChanges, type EdgeState } from './edge-sources.js';
import { num } from './neo4j-values.js';
import { batchParam, KEEP_PLAN, writeDocuments } from './neo4j-write-docs.js';
import { entryPrefix } from './entity-entries.js';
import { derivedInput, neo4jCandidates, writeDerived } from './neo4j-identity.js';
import { candidateLookup, NodeIndex, resolveDocument, type Veto } from './resolve-entities.js';

/**
 * Takes the write lock on each document node (creating missing ones), in id order so two batches
 * cannot deadlock on them, and returns what is stored now. Everything after this reads the
 * document's committed state and no other importer can touch its sentences until we commit — which
 * is what lets writeDocuments CREATE sentences instead of MERGE-ing them.
 */
export async function lockDocuments(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, { hash: string | null; sentences: number }>> {
  const sorted = [...new Set(ids)].sort();
  // A property set and removed again in the same transaction: the lock stays, no data changes.
  await tx.run(
    `${KEEP_PLAN} UNWIND $batch.rows AS id MERGE (d:Document {id: id}) SET d.kgImportLock = true`,
    batchParam(sorted),
  );
  const res = await tx.run(
    `${KEEP_PLAN} UNWIND $batch.rows AS id MATCH (d:Document {id: id}) REMOVE d.kgImportLock
     RETURN d.id AS id, d.hash AS hash, COUNT { (d)-[:HAS_SENTENCE]->() } AS sentences`,
    batchParam(sorted),
  );
  return new Map(
    res.records.map((r) => [
      r.get('id') as string,
      { hash: r.get('hash') as string | null, sentences: num(r.get('sentences')) },
    ]),
  );
}

/** Removes a document's sentences, its claims and the evidence they gave; deletes entities left with nothing. */
/** Removes a document's evidence; returns the entities, entity relations and claims that went with it. */
export async function removeDocumentEvidence(tx: ManagedTransaction, docId: string): Promise<StoreTotals> {
  const prefix = `${docId}:`;
  const touched = await tx.run(
    `MATCH (:Document {id: $docId})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS_ENTITY]->(e:Entity)
     RETURN collect(DISTINCT e.id) AS ids`,
    { docId },
  );
  const entityIds = (touched.records[0]?.get('ids') as string[] | undefined) ?? [];
  // Each statement's counters count only what it deletes of one kind, whatever other importers do meanwhile.
  const rels = await tx.run(
    `UNWIND $batch.rows AS eid
     MATCH (:Entity {id: eid})-[r]->(:Entity)
     WHERE any(x IN r.support WHERE split(x, $sep)[0] STARTS WITH $prefix AND NOT substring(split(x, $sep)[0], size($prefix)) CONTAINS ':')
     WITH DISTINCT r
     SET r.support = [x IN r.support WHERE NOT (split(x, $sep)[0] STARTS WITH $prefix AND NOT substring(split(x, $sep)[0], size($prefix)) CONTAINS ':')]
     WITH r ${DERIVE_FROM_SUPPORT}`,
    batchParam(entityIds, { prefix, sep: SEP }),
  );
  const claims = await removeDocumentClaims(tx, docId);
  await removeDocumentDenials(tx, docId);
  await tx.run('MATCH (:Document {id: $docId})-[:HAS_SENTENCE]->(s:Sentence) DETACH DELETE s', { docId });
  await tx.run(
    `UNWIND $batch.rows AS eid
     MATCH (e:Entity {id: eid})
     SET e.entries = [x IN coalesce(e.entries, []) WHERE NOT x STARTS WITH $entry]`,
    batchParam(entityIds, { entry: entryPrefix(docId) }),
  );
  const orphans = await tx.run(
    `UNWIND $batch.rows AS eid
     MATCH (e:Entity {id: eid})
     WHERE NOT (e)<-[:MENTIONS_ENTITY]-() AND NOT (e)--(:Entity)
     DETACH DELETE e`,
    batchParam(entityIds),
  );
  const left = await tx.run(
    'UNWIND $batch.rows AS eid MATCH (e:Entity {id: eid}) RETURN e.id AS id, e.entries AS entries, e.keys AS keys',
    batchParam(entityIds),
  );
  await writeDerived(tx, left.records.map(derivedInput));
  return {
    entities: orphans.summary.counters.updates().nodesDeleted,
    relations: rels.summary.counters.updates().relationshipsDeleted,
    claims,
  };
}

/** What importing a batch did: documents skipped as unchanged, replaced, and the edges' changes (edgeChanges). */
export interface BatchResult {
  unchanged: Set<string>;
  replaced: number;
  corroborated: number;
  disputed: number;
  /** Growth of the store's totals by this transaction alone (created minus removed). */
  added: StoreTotals;
}

/** Imports a batch of documents inside one transaction. */
export async function importBatch(tx: ManagedTransaction, docs: DocRows[], veto: Veto = []): Promise<BatchResult> {
  const added: StoreTotals = { entities: 0, relations: 0, claims: 0 };
  const count = (t: StoreTotals, sign: 1 | -1) => {
    for (const k of ['entities', 'relations', 'claims'] as const) added[k] += sign * t[k];
  };
  const result = (unchanged: Set<string>, replaced = 0, changes = { corroborated: 0, disputed: 0 }): BatchResult => ({
    unchanged,
    replaced,
    ...changes,
    added,
  });
  // Unlocked first look: a re-import of unchanged documents stays a pure read. Skipping on a hash that
  // another importer is about to replace is safe: it is as if this import had run first.
  const stored = await tx.run(
    `${KEEP_PLAN} UNWIND $batch.rows AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.hash AS hash`,
    batchParam(docs.map((d) => d.doc.id)),
  );
  const hashes = new Map(stored.records.map((r) => [r.get('id') as string, r.get('hash') as string]));
  const unchanged = new Set(docs.filter((d) => hashes.get(d.doc.id) === d.doc.hash).map((d) => d.doc.id));
  const rest = docs.filter((d) => !unchanged.has(d.doc.id));
  if (!rest.length) return result(unchanged);
  const now = await lockDocuments(
    tx,
    rest.map((d) => d.doc.id),
  );
  const todo: DocRows[] = [];
  let replaced = 0;
  // Relations a replaced document touched are compared with their state before its old version went.
  const old = new Map<string, EdgeState>();
  for (const d of rest) {
    const s = now.get(d.doc.id);
    if (s?.hash === d.doc.hash)
      unchanged.add(d.doc.id); // imported by someone else meanwhile
    else {
      if (s && (s.hash !== null || s.sentences > 0)) {
        for (const [id, state] of await neo4jDocumentEdgeStates(tx, d.doc.id)) if (!old.has(id)) old.set(id, state);
        count(await removeDocumentEvidence(tx, d.doc.id), -1);
        replaced++;
      }
      todo.push(d);
    }
  }
  if (!todo.length) return result(unchanged);
  // Each document resolves against the store and the batch's earlier documents (the index grows).
  const candidates = await neo4jCandidates(tx, candidateLookup(todo));
  const index = new NodeIndex(candidates);
  const resolved = todo.map((d) => resolveDocument(d, index, veto));
  // One read: the states after the write follow from those before and the batch's rows (withDocuments).
  const sources = await neo4jEdgeDocuments(tx, resolved);
  const before = new Map([...edgeStates(sources), ...old]);
  count(await writeDocuments(tx, resolved, new Set(candidates.map((n) => n.id))), 1);
  const after = edgeStates(withDocuments(sources, resolved));
  return result(
    unchanged,
    replaced,
    edgeChanges(before, (id) => after.get(id)),
  );
}
