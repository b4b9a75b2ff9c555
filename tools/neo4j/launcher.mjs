// Build and start/stop the local Neo4j (tools/neo4j) as a child process; used by the
// `pnpm neo4j:*` scripts and by jest's global setup.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, statSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TOOL_DIR = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_PASSWORD = 'kg-password';
const JAR = path.join(TOOL_DIR, 'target', 'kg-neo4j-1.0.0.jar');
const LIB = path.join(TOOL_DIR, 'target', 'lib');

// A fixed 1.5 GB heap with half of it young generation: an import transaction's state (≈100 MB for a
// 16 000-row batch) then dies young instead of being copied between survivor spaces and promoted, which
// cut GC pauses during a 100k-triple load from ≈8 s to ≈2 s (serial GC: the cheapest on 2 shared cores).
// C1 only (no C2): these servers live for one test run or benchmark, and C2 kept compiling through every
// load of a fresh server (half of its CPU in the second load of the Wikinews corpus), never repaying it.
// See README.md. KG_NEO4J_JVM_OPTIONS (space-separated) adds flags after these, to measure others.
export const JVM_OPTIONS = ['-Xms1536m', '-Xmx1536m', '-Xmn768m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];
const extraJvmOptions = () => (process.env.KG_NEO4J_JVM_OPTIONS ?? '').split(' ').filter(Boolean);

export class Neo4jLaunchError extends Error {}

/** Builds target/ with Maven when it is missing or older than the sources. */
export function ensureBuilt() {
  const src = path.join(TOOL_DIR, 'src', 'main', 'java', 'kg', 'neo4j', 'LocalNeo4j.java');
  const pom = path.join(TOOL_DIR, 'pom.xml');
  const fresh =
    existsSync(JAR) &&
    existsSync(LIB) &&
    readdirSync(LIB).length > 0 &&
    statSync(JAR).mtimeMs >= Math.max(statSync(src).mtimeMs, statSync(pom).mtimeMs);
  if (fresh) return;
  checkTool('mvn', ['-v'], 'Maven (mvn) is required to build tools/neo4j');
  const r = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], {
    cwd: TOOL_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0) {
    const out = `${r.stdout}${r.stderr}`
      .split('\n')
      .filter((l) => l.includes('ERROR'))
      .slice(0, 3)
      .join(' ');
    throw new Neo4jLaunchError(`neo4j: Maven build of tools/neo4j failed: ${out || 'exit ' + r.status}`);
  }
}

function checkTool(cmd, args, message) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.error || r.status !== 0) throw new Neo4jLaunchError(`neo4j: ${message}, but "${cmd}" was not found`);
}

export function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function boltAnswers(port) {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

/**
 * Starts Neo4j with its data in `home` on `port`; resolves once Bolt answers.
 * `detached` keeps it running after this process exits (for `pnpm neo4j:start`).
 */
export async function startNeo4j({
  home,
  port,
  password = process.env.NEO4J_PASSWORD || DEFAULT_PASSWORD,
  detached = false,
  timeoutMs = 120000,
}) {
  checkTool('java', ['-version'], 'Java 17+ is required to run the local Neo4j');
  if (!(await portFree(port)))
    throw new Neo4jLaunchError(`neo4j: port 127.0.0.1:${port} is already in use (set KG_NEO4J_PORT to another port)`);
  ensureBuilt();
  mkdirSync(home, { recursive: true });
  const logFile = path.join(home, 'neo4j.log');
  const out = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      ...JVM_OPTIONS,
      ...extraJvmOptions(),
      '-cp',
      `${JAR}${path.delimiter}${path.join(LIB, '*')}`,
      'kg.neo4j.LocalNeo4j',
    ],
    {
      env: { ...process.env, KG_NEO4J_HOME: home, KG_NEO4J_PORT: String(port), NEO4J_PASSWORD: password },
      stdio: ['ignore', out, out],
      detached,
    },
  );
  let exited = null;
  child.once('exit', (code) => (exited = code ?? -1));
  const started = Date.now();
  const from = statSync(logFile).size;
  for (;;) {
    if (exited !== null) {
      const tail = readFileSync(logFile, 'utf8').slice(from).trim().split('\n').filter(Boolean).slice(-1)[0] ?? '';
      throw new Neo4jLaunchError(
        `neo4j: the server exited with code ${exited}${tail ? ': ' + tail : ''} (log: ${logFile})`,
      );
    }
    const log = readFileSync(logFile, 'utf8').slice(from);
    if (log.includes('kg-neo4j ready') && (await boltAnswers(port))) break;
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGTERM');
      throw new Neo4jLaunchError(`neo4j: not ready after ${timeoutMs / 1000}s (log: ${logFile})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (detached) child.unref();
  return { uri: `bolt://127.0.0.1:${port}`, pid: child.pid, child, ms: Date.now() - started };
}

/** Sends SIGTERM and waits for a clean shutdown. */
export async function stopPid(pid, timeoutMs = 60000) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return false;
  }
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(pid, 'SIGKILL');
  return true;
}
