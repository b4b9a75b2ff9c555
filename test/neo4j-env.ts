// Test helper: a driver for the real Neo4j started by global setup (or the one NEO4J_URI names).
import neo4j, { type Driver } from 'neo4j-driver';

export function testDriver(): Driver {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('testDriver: expected NEO4J_URI to be set by jest global setup');
  return neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'kg-password'));
}

/** A database-free namespace for one test file: every node it writes carries this tag in its ids. */
export function uniqueTag(prefix: string): string {
  return `${prefix}-${process.pid}-${Date.now().toString(36)}`;
}
