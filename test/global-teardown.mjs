// Jest global teardown: stop the Neo4j that global setup started and remove its temp dir.
import { rmSync } from 'node:fs';
import { stopPid } from '../tools/neo4j/launcher.mjs';

export default async function globalTeardown() {
  const pid = Number(process.env.KG_TEST_NEO4J_PID);
  if (!pid) return;
  await stopPid(pid);
  if (process.env.KG_TEST_NEO4J_HOME) rmSync(process.env.KG_TEST_NEO4J_HOME, { recursive: true, force: true });
}
