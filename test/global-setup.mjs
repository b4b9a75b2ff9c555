// Jest global setup: when NEO4J_URI is unset, start the real local Neo4j (tools/neo4j) on a free
// port in a temp dir; tests reach it through NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_PASSWORD, freePort, startNeo4j } from '../tools/neo4j/launcher.mjs';

export default async function globalSetup() {
  if (process.env.NEO4J_URI) return;
  const home = mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-test-'));
  const password = process.env.NEO4J_PASSWORD || DEFAULT_PASSWORD;
  const { uri, pid, ms } = await startNeo4j({ home, port: await freePort(), password });
  process.env.NEO4J_URI = uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = password;
  process.env.KG_TEST_NEO4J_PID = String(pid);
  process.env.KG_TEST_NEO4J_HOME = home;
  process.stderr.write(`\n[global-setup] local Neo4j ready in ${(ms / 1000).toFixed(1)}s at ${uri}\n`);
}
