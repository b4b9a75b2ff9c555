// Splitting names off a node in Neo4j (`kg aliases split`), in one write transaction: the moved documents'
// entries leave the node, each is resolved afresh under the vetoes (as an import would), and what those
// documents said through the node — mentions, relationship evidence, claims, denials — goes with it.
import type { ManagedTransaction } from 'neo4j-driver';
import { encodeEntry, decodeEntry, entryPrefix } from './entity-entries.js';
import { mergeEntityClaims } from './neo4j-claim-write.js';
import { mergeEntityDenials } from './neo4j-denials.js';
import { neo4jCandidates, refreshNodes } from './neo4j-identity.js';
import { DERIVE_FROM_SUPPORT, docOf, SEP } from './neo4j-support.js';
import { isSafeRelType } from './rel-type.js';
import { candidateLookup, NodeIndex, resolveDocument, type Veto } from './resolve-entities.js';
import { entryRows, planSplit, type SplitResult } from './split-plan.js';

export async function splitEntityNeo4j(
  tx: ManagedTransaction,
  id: string,
  names: string[],
  veto: Veto,
): Promise<SplitResult> {
  const found = await tx.run('MATCH (e:Entity {id: $id}) SET e:Entity RETURN coalesce(e.entries, []) AS entries', {
    id,
  });
  const entries = ((found.records[0]?.get('entries') as string[] | undefined) ?? []).map(decodeEntry);
  const plan = planSplit(id, entries, names);
  const movedDocs = plan.move.map((e) => e.doc);
  await tx.run(
    `MATCH (e:Entity {id: $id}) SET e.entries = [x IN e.entries WHERE none(p IN $prefixes WHERE x STARTS WITH p)]`,
    { id, prefixes: movedDocs.map(entryPrefix) },
  );
  await refreshNodes(tx, [id]);
  const pseudo = plan.move.map(entryRows);
  const index = new NodeIndex(await neo4jCandidates(tx, candidateLookup(pseudo)));
  const moved: SplitResult['moved'] = [];
  const byTarget = new Map<string, string[]>();
  for (const [i, rows] of pseudo.entries()) {
    const [e] = resolveDocument(rows, index, veto).entities;
    const entry = { ...plan.move[i], rule: e.rule ?? 'new', because: e.because ?? [] };
    await tx.run('MERGE (e:Entity {id: $into}) SET e.entries = coalesce(e.entries, []) + $entry', {
      into: e.id,
      entry: encodeEntry(entry),
    });
    byTarget.set(e.id, [...(byTarget.get(e.id) ?? []), entry.doc]);
    moved.push({ document: entry.doc, name: entry.name, into: e.id });
  }
  for (const [into, docs] of byTarget) await moveEvidence(tx, id, into, docs);
  await refreshNodes(tx, [id, ...byTarget.keys()]);
  return { id, moved, inDocument: plan.inDocument };
}

/** What documents `docs` said through entity `from` now goes through `into` (a self-loop is dropped). */
async function moveEvidence(tx: ManagedTransaction, from: string, into: string, docs: string[]): Promise<void> {
  const p = { from, into, docs, sep: SEP };
  await tx.run(
    `MATCH (s:Sentence)-[m:MENTIONS_ENTITY]->(:Entity {id: $from}) WHERE s.documentId IN $docs
     MATCH (c:Entity {id: $into}) MERGE (s)-[:MENTIONS_ENTITY]->(c) DELETE m`,
    p,
  );
  const types = await tx.run('MATCH (:Entity {id: $from})-[r]-(:Entity) RETURN DISTINCT type(r) AS t', p);
  for (const t of types.records.map((r) => r.get('t') as string)) {
    if (!isSafeRelType(t)) continue;
    for (const [pattern, build, idExpr] of [
      [`(:Entity {id: $from})-[r:${t}]->(o:Entity)`, `(c)-[n:${t}]->(o)`, `$into + '|${t}|' + o.id`],
      [`(o:Entity)-[r:${t}]->(:Entity {id: $from})`, `(o)-[n:${t}]->(c)`, `o.id + '|${t}|' + $into`],
    ]) {
      await tx.run(
        `MATCH ${pattern}
         WITH r, o, [x IN r.support WHERE ${docOf('split(x, $sep)[0]')} IN $docs] AS moved WHERE size(moved) > 0
         MATCH (c:Entity {id: $into})
         CALL (c, o, moved) {
           WITH * WHERE o.id <> c.id
           MERGE ${build}
           ON CREATE SET n.id = ${idExpr}, n.support = []
           SET n.support = n.support + [x IN moved WHERE NOT split(x, $sep)[0] IN [y IN n.support | split(y, $sep)[0]]]
           WITH n AS r ${DERIVE_FROM_SUPPORT}
         }
         SET r.support = [x IN r.support WHERE NOT x IN moved]
         WITH r ${DERIVE_FROM_SUPPORT}`,
        p,
      );
    }
  }
  await mergeEntityClaims(tx, from, into, docs);
  await mergeEntityDenials(tx, from, into, docs);
}
