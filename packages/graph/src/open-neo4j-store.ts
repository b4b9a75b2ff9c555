// openNeo4jStore(): the way to a Neo4j store. neo4j-driver and the Neo4j read and write modules load when a
// Neo4j store is opened, not with @kg/graph: they take up to a second to load on a busy machine, and verbs
// on the embedded store never need them.
import type { Neo4jStore } from './neo4j-store.js';
import type { Neo4jStoreOptions } from './neo4j-options.js';

export async function openNeo4jStore(options: Neo4jStoreOptions): Promise<Neo4jStore> {
  return (await import('./neo4j-store.js')).connectNeo4jStore(options);
}
