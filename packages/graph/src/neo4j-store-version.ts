// The Neo4j store's content version, held in the store: one StoreVersion node whose value every write
// that changes what a reader sees (an import that changed a document, a delete, an alias merge, a split, a
// migration) increments inside its own transaction. Counts alone miss a change that keeps them (a split
// that moves a name onto a node that existed), and a per-process counter misses another process's writes,
// so a `kg serve` would go on showing a snapshot cached before `kg aliases split` ran elsewhere.
import type { ManagedTransaction } from 'neo4j-driver';

/** Adds one to the stored version in the caller's transaction (the node is made on the first write). */
export async function bumpStoreVersion(tx: ManagedTransaction): Promise<void> {
  // KEEP_PLAN: a unique-index seek whatever the statistics, which a load changes fast enough to re-plan it
  // on nearly every batch.
  await tx.run(
    `CYPHER replan=skip MERGE (v:StoreVersion {id: 'content'}) ON CREATE SET v.value = 0
     SET v.value = v.value + 1`,
  );
}

/** The Cypher expression reading the stored version (0 before any counted write). */
export const STORE_VERSION = `coalesce(COLLECT { MATCH (v:StoreVersion {id: 'content'}) RETURN v.value }[0], 0)`;
