// Test helpers: a driver and a store for the real Neo4j started by global setup (or the one NEO4J_URI names).
import neo4j, { type Driver } from 'neo4j-driver';
import { DEFAULT_NEO4J, openNeo4jStore, type Neo4jStore, type Neo4jStoreOptions } from '@kg/graph';

export function testDriver(): Driver {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('testDriver: expected NEO4J_URI to be set by jest global setup');
  return neo4j.driver(
    uri,
    neo4j.auth.basic(
      process.env.NEO4J_USER ?? DEFAULT_NEO4J.user,
      process.env.NEO4J_PASSWORD ?? DEFAULT_NEO4J.password,
    ),
  );
}

/** A database-free namespace for one test file: every node it writes carries this tag in its ids. */
export function uniqueTag(prefix: string): string {
  return `${prefix}-${process.pid}-${Date.now().toString(36)}`;
}

/** A Neo4j store on the test server, with the connection settings global setup exported. */
export function testStore(options: Omit<Neo4jStoreOptions, 'uri' | 'user' | 'password'> = {}): Promise<Neo4jStore> {
  return openNeo4jStore({
    uri: process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
    ...options,
  });
}

/**
 * Reads until `done` holds (or `timeoutMs` passes) and returns the last read. Test files share one server and
 * every store open migrates what it finds: when another file's process opens first, it is that process's
 * migration this test sees, and its merge may still be committing when this file's open returns.
 */
export async function settled<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Makes the shared test database look as an older kg version left it: without the migration level an open
 * reads (neo4j-schema.ts), so the next open runs the migrations. Call it after writing the old-format data
 * (another file's open in between then migrates that data itself).
 */
export async function forgetMigrations(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (v:StoreVersion {id: 'migrations'}) DELETE v", {}, { database: 'neo4j' });
}
