// The Neo4j store's settings and their defaults, apart from the store itself so that naming them (`kg`'s
// flags and help) does not load neo4j-driver.
import type { Driver } from 'neo4j-driver';

export interface Neo4jStoreOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** Rows (sentences + mentions + entities + relations) per write transaction; whole documents only. */
  batchRows?: number;
  /** Use this driver instead of opening one (the store then does not close it). */
  driver?: Driver;
}

export const DEFAULT_NEO4J = {
  user: 'neo4j',
  password: 'kg-password',
  database: 'neo4j',
  batchRows: 16000,
};

/** Transaction timeout and row cap of a user's Cypher when the caller gives none (`kg query` shows them). */
export const DEFAULT_QUERY = { timeoutMs: 30000, maxRows: 1000 };
