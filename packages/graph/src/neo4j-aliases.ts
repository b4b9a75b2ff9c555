// Alias merges in Neo4j: move an entity's mentions, relationships (with their evidence) and claims onto
// the canonical entity, which takes over its per-document entries (so its name becomes an alias), delete it. Relationship types come from the store
// itself and are checked before being spliced in.
import type { ManagedTransaction } from 'neo4j-driver';
import { mergeEntityClaims } from './neo4j-claim-write.js';
import { mergeEntityDenials } from './neo4j-denials.js';
import { DERIVE_FROM_SUPPORT, SEP } from './neo4j-support.js';
import { isSafeRelType } from './rel-type.js';
import { refreshNodes } from './neo4j-identity.js';

export async function mergeEntityNeo4j(tx: ManagedTransaction, fromId: string, intoId: string): Promise<void> {
  const p = { from: fromId, into: intoId, sep: SEP };
  await tx.run(
    `MATCH (s:Sentence)-[m:MENTIONS_ENTITY]->(:Entity {id: $from}) MATCH (c:Entity {id: $into})
     MERGE (s)-[:MENTIONS_ENTITY]->(c) DELETE m`,
    p,
  );
  const types = await tx.run('MATCH (:Entity {id: $from})-[r]-(:Entity) RETURN DISTINCT type(r) AS t', p);
  for (const t of types.records.map((r) => r.get('t') as string)) {
    if (!isSafeRelType(t)) continue;
    for (const [pattern, build] of [
      ['(a:Entity {id: $from})-[r:T]->(o:Entity)', '(c)-[n:T]->(o)'],
      ['(o:Entity)-[r:T]->(a:Entity {id: $from})', '(o)-[n:T]->(c)'],
    ] as const) {
      const idExpr = build.startsWith('(c)') ? `$into + '|${t}|' + o.id` : `o.id + '|${t}|' + $into`;
      await tx.run(
        `MATCH ${pattern.replace(':T]', `:${t}]`)} WHERE o.id <> $into
         MATCH (c:Entity {id: $into})
         MERGE ${build.replace(':T]', `:${t}]`)}
         ON CREATE SET n.id = ${idExpr}, n.support = []
         SET n.support = n.support + [x IN r.support WHERE NOT split(x, $sep)[0] IN [y IN n.support | split(y, $sep)[0]]]
         DELETE r
         WITH n AS r ${DERIVE_FROM_SUPPORT}`,
        p,
      );
    }
  }
  await mergeEntityClaims(tx, fromId, intoId);
  await mergeEntityDenials(tx, fromId, intoId);
  await tx.run(
    `MATCH (a:Entity {id: $from}), (c:Entity {id: $into})
     SET c.entries = coalesce(c.entries, []) + coalesce(a.entries, [])
     DETACH DELETE a`,
    p,
  );
  await refreshNodes(tx, [intoId]);
}
