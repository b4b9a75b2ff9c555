#!/usr/bin/env node
// `pnpm neo4j:start|stop|status`: a local Neo4j with its data under .kg/neo4j/.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Neo4jLaunchError, startNeo4j, stopPid, TOOL_DIR } from './launcher.mjs';

const ROOT = path.resolve(TOOL_DIR, '..', '..');
const HOME = path.resolve(ROOT, process.env.KG_NEO4J_HOME || '.kg/neo4j');
const PID_FILE = path.join(HOME, 'neo4j.pid');
const port = Number(process.env.KG_NEO4J_PORT || 7687);

function running() {
  if (!existsSync(PID_FILE)) return null;
  const { pid, uri } = JSON.parse(readFileSync(PID_FILE, 'utf8'));
  try {
    process.kill(pid, 0);
    return { pid, uri };
  } catch {
    return null;
  }
}

async function main(cmd) {
  const live = running();
  switch (cmd) {
    case 'start': {
      if (live) {
        console.log(`neo4j already running (pid ${live.pid}): ${live.uri}`);
        return 0;
      }
      const { uri, pid, ms } = await startNeo4j({ home: HOME, port, detached: true });
      writeFileSync(PID_FILE, JSON.stringify({ pid, uri }));
      console.log(
        `neo4j ready in ${(ms / 1000).toFixed(1)}s: ${uri} (user neo4j, password from NEO4J_PASSWORD or the default)`,
      );
      return 0;
    }
    case 'stop': {
      if (!live) {
        console.log('neo4j is not running');
        return 0;
      }
      await stopPid(live.pid);
      rmSync(PID_FILE, { force: true });
      console.log(`neo4j stopped (pid ${live.pid})`);
      return 0;
    }
    case 'status':
      // "Not running" is an answer, not a failure: a non-zero exit made pnpm print ELIFECYCLE noise under it.
      console.log(
        live
          ? `neo4j running (pid ${live.pid}): ${live.uri}`
          : 'neo4j is not running (start it with `pnpm neo4j:start`)',
      );
      return 0;
    default:
      console.error(`neo4j: unknown command "${cmd}" (expected start, stop or status)`);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Neo4jLaunchError ? err.message : `neo4j: ${err.message}`);
    process.exit(1);
  },
);
