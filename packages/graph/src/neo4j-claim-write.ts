// Claims in Neo4j: (:Sentence)-[:HAS_CLAIM]->(:Claim {id, verb, text, start, end, quote, sentenceId,
// sentenceIndex, documentId, timeText?, timeValue?}), (speaker:Entity)-[:CLAIMED]->(:Claim)-[:ABOUT]->(:Entity). Written with
// the document's sentences (writeDocuments), removed with them (removeDocumentEvidence), moved by alias
// merges.
import { timeColumns } from './time-columns.js';
import type { ManagedTransaction } from 'neo4j-driver';
import type { DocRows } from './doc-rows.js';

/** The relationship types of the claims model (none is an entity relation). */
export const CLAIM_LINK_TYPES = ['CLAIMED', 'ABOUT', 'HAS_CLAIM'] as const;

/**
 * Rows [id, speakerRef, sentenceId, verb, text, start, end, quote, sentenceIndex, documentId, aboutRefs,
 * timeText, timeValue]
 * for the documents' claims; `ref` gives an entity's elementId suffix (undefined: not in the store, and a
 * claim whose speaker is missing is dropped, as a mention is).
 */
export function claimWriteRows(docs: DocRows[], ref: (id: string) => string | undefined): unknown[][] {
  return docs.flatMap((d) => {
    const index = new Map(d.sentences.map((s) => [s.id, s.index]));
    return (d.claims ?? []).flatMap((c) => {
      const speaker = ref(c.speaker);
      if (speaker === undefined || !index.has(c.sentenceId)) return [];
      const about = c.about.map(ref).filter((r): r is string => r !== undefined);
      return [
        [
          c.id,
          speaker,
          c.sentenceId,
          c.verb,
          c.text,
          c.start,
          c.end,
          c.quote,
          index.get(c.sentenceId),
          d.doc.id,
          about,
          ...timeColumns(c.time),
        ],
      ];
    });
  });
}

/**
 * Runs after the sentences statement of the same transaction (statements run in order). Offsets are
 * stored as integers (JavaScript numbers arrive as floats), so Cypher on claims reads them as written.
 */
export const WRITE_CLAIMS = `UNWIND $batch.rows AS row
  MATCH (s:Sentence {id: row[2]})
  MATCH (sp:Entity) WHERE elementId(sp) = $prefix + row[1]
  CREATE (s)-[:HAS_CLAIM]->(c:Claim {id: row[0], verb: row[3], text: row[4], start: toInteger(row[5]),
    end: toInteger(row[6]), quote: row[7], sentenceId: row[2], sentenceIndex: toInteger(row[8]), documentId: row[9],
    timeText: row[11], timeValue: row[12]})
  CREATE (sp)-[:CLAIMED]->(c)
  WITH c, row
  CALL (c, row) {
    UNWIND row[10] AS a
    MATCH (o:Entity) WHERE elementId(o) = $prefix + a
    CREATE (c)-[:ABOUT]->(o)
  }
  RETURN count(*) AS n`;

/** Removes the document's claims; returns how many. */
export async function removeDocumentClaims(tx: ManagedTransaction, docId: string): Promise<number> {
  const r = await tx.run(
    'MATCH (:Document {id: $docId})-[:HAS_SENTENCE]->(:Sentence)-[:HAS_CLAIM]->(c:Claim) DETACH DELETE c',
    { docId },
  );
  return r.summary.counters.updates().nodesDeleted;
}

/**
 * Moves entity `from`'s claims (said and about; for a split, those of documents `docs` only) onto `into`; a
 * claim is never about its own speaker.
 */
export async function mergeEntityClaims(
  tx: ManagedTransaction,
  fromId: string,
  intoId: string,
  docs: string[] | null = null,
): Promise<void> {
  const p = { from: fromId, into: intoId, docs };
  await tx.run(
    `MATCH (:Entity {id: $from})-[r:CLAIMED]->(c:Claim) WHERE $docs IS NULL OR c.documentId IN $docs
     MATCH (x:Entity {id: $into})
     CREATE (x)-[:CLAIMED]->(c) DELETE r`,
    p,
  );
  await tx.run(
    `MATCH (c:Claim)-[r:ABOUT]->(:Entity {id: $from}) WHERE $docs IS NULL OR c.documentId IN $docs
     MATCH (x:Entity {id: $into})
     FOREACH (_ IN CASE WHEN EXISTS { (x)-[:CLAIMED]->(c) } THEN [] ELSE [1] END | MERGE (c)-[:ABOUT]->(x))
     DELETE r`,
    p,
  );
  await tx.run('MATCH (x:Entity {id: $into})-[:CLAIMED]->(c:Claim)-[r:ABOUT]->(x) DELETE r', p);
}
