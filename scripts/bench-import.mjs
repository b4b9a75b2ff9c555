#!/usr/bin/env node
// pnpm bench:import [corpus-folder] [--rounds n]: end-to-end articles/s of `kg import` (the built CLI's
// run(), in this process) into a fresh embedded store and into a fresh local Neo4j (tools/neo4j, started
// here), against extraction alone over the same articles with the same worker threads (the CLI's own
// readArticles + extractArticles), in the same run; ratios = import time / extraction time (target ≤ 1.3×).
// Rounds alternate the three so a change in machine load hits each; the best round of each counts. Each
// store's counts and content hash (store-digest.mjs) are printed, and must be the same in every round.
// Build first: pnpm -s build.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 2;
// The corpus is the first argument that is neither a flag nor --rounds' value.
const corpus = path.resolve(
  args.find((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1)) ?? '../shared/corpus/wikinews',
);
const fail = (message) => {
  process.stderr.write(`bench:import: ${message}\n`);
  process.exit(2);
};
if (!existsSync(corpus)) fail(`expected a corpus folder of articles, got ${corpus} (not found)`);
if (!Number.isInteger(rounds) || rounds < 1)
  fail(`expected --rounds to be a positive integer, got ${args[roundsAt + 1]}`);
const cliDist = path.join(root, 'packages/cli/dist');
if (!existsSync(path.join(cliDist, 'program.js'))) fail(`${cliDist}/program.js not found; run pnpm -s build first`);

const { run } = await import(path.join(cliDist, 'program.js'));
const { readArticles } = await import(path.join(cliDist, 'import/read-articles.js'));
const { extractArticles } = await import(path.join(cliDist, 'import/extract-articles.js'));
const { intakeOptions } = await import(path.join(cliDist, 'import/intake-flags.js'));
const { closeWorkerPool } = await import(path.join(root, 'packages/extractor/dist/index.js'));
const { DEFAULT_PASSWORD, freePort, startNeo4j, stopPid } = await import(path.join(root, 'tools/neo4j/launcher.mjs'));
const neo4j = (await import('neo4j-driver')).default;
const { formatDigest, neo4jDigest, sqliteDigest } = await import('./store-digest.mjs');

let server = null;
const TICKS = 100; // /proc/<pid>/stat counts CPU time in clock ticks (USER_HZ, 100 on Linux)
/** CPU seconds (user + system) of the Neo4j server process so far; 0 before it runs. */
function serverCpu() {
  if (!server) return 0;
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

/** Wall seconds, this process's CPU seconds (all threads) and the Neo4j server's, of `fn`. */
async function timed(fn) {
  const cpu0 = process.cpuUsage();
  const server0 = serverCpu();
  const t0 = performance.now();
  const value = await fn();
  const cpu = process.cpuUsage(cpu0);
  return {
    ...value,
    s: (performance.now() - t0) / 1000,
    cpu: (cpu.user + cpu.system) / 1e6,
    server: serverCpu() - server0,
    load: os.loadavg()[0],
  };
}

/** `kg import <corpus>` in this process, stdout kept (its summary line is printed after the timing). */
async function kgImport(env) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = (chunk) => ((out += String(chunk)), true);
  try {
    return await timed(async () => {
      const code = await run(['node', 'kg', 'import', corpus]);
      if (code !== 0) throw new Error(`kg import exited ${code}`);
      return { out: out.trim() };
    });
  } finally {
    process.stdout.write = write;
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

/** What kg import does before loading: read the inputs, extract them in the same batches of 32. */
function extractionAlone() {
  return timed(async () => {
    const { articles } = await readArticles([corpus], intakeOptions({}));
    for (let i = 0; i < articles.length; i += 32) await extractArticles(articles.slice(i, i + 32));
    return { n: articles.length };
  });
}

const home = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-import-'));
try {
  process.stderr.write('bench:import: starting a fresh local Neo4j…\n');
  const password = DEFAULT_PASSWORD;
  // A shared 2-core machine under load can take minutes to bring Neo4j up; the bench must not fail on that.
  server = await startNeo4j({ home: path.join(home, 'neo4j'), port: await freePort(), password, timeoutMs: 600_000 });
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password));
  const wipe = async () => {
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } finally {
      await session.close();
    }
  };
  // Warm-up: worker threads started, JIT, Neo4j's query plans (then wiped).
  const warm = await extractionAlone();
  await kgImport({ KG_DIR: path.join(home, 'warm', '.kg'), NEO4J_URI: '' });
  await kgImport({ NEO4J_URI: server.uri, NEO4J_PASSWORD: password });
  await wipe();
  const best = { extract: Infinity, embedded: Infinity, neo4j: Infinity };
  const cpu = { extract: Infinity, embedded: Infinity, neo4j: Infinity, server: Infinity };
  const lines = {};
  const perRound = [];
  const digests = { embedded: new Set(), neo4j: new Set() };
  for (let r = 0; r < rounds; r++) {
    const x = await extractionAlone();
    const kgDir = path.join(home, `r${r}`, '.kg');
    const e = await kgImport({ KG_DIR: kgDir, NEO4J_URI: '' });
    lines.embedded = e.out;
    digests.embedded.add(formatDigest(sqliteDigest(path.join(kgDir, 'graph.db'))));
    const n = await kgImport({ NEO4J_URI: server.uri, NEO4J_PASSWORD: password });
    lines.neo4j = n.out;
    digests.neo4j.add(formatDigest(await neo4jDigest(driver)));
    await wipe();
    for (const [k, v] of [
      ['extract', x],
      ['embedded', e],
      ['neo4j', n],
    ]) {
      best[k] = Math.min(best[k], v.s);
      cpu[k] = Math.min(cpu[k], v.cpu);
    }
    cpu.server = Math.min(cpu.server, n.server);
    perRound.push(
      `${(e.s / x.s).toFixed(2)}×/${(n.s / x.s).toFixed(2)}× (load ${x.load.toFixed(1)}/${e.load.toFixed(1)}/${n.load.toFixed(1)})`,
    );
  }
  await driver.close();
  const rate = (s) => `${(warm.n / s).toFixed(1)} articles/s (${s.toFixed(1)} s)`;
  console.log(
    `bench:import — ${warm.n} articles from ${corpus}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}, best of ${rounds}`,
  );
  console.log(`extraction alone (read + extract, batches of 32): ${rate(best.extract)}`);
  console.log(
    `kg import → embedded store: ${rate(best.embedded)}; ${(best.embedded / best.extract).toFixed(2)}× extraction`,
  );
  console.log(`kg import → Neo4j:          ${rate(best.neo4j)}; ${(best.neo4j / best.extract).toFixed(2)}× extraction`);
  console.log(
    `target ≤ 1.3×: embedded ${best.embedded / best.extract <= 1.3 ? 'met' : 'NOT met'}, Neo4j ${best.neo4j / best.extract <= 1.3 ? 'met' : 'NOT met'}`,
  );
  console.log(`each round, embedded/Neo4j ÷ extraction (load after each of the three): ${perRound.join('; ')}`);
  console.log(
    `CPU seconds (least of the rounds): extraction ${cpu.extract.toFixed(1)}; embedded import ${cpu.embedded.toFixed(1)} ` +
      `(loading ≈ ${(cpu.embedded - cpu.extract).toFixed(1)}); Neo4j import ${cpu.neo4j.toFixed(1)} ` +
      `(loading ≈ ${(cpu.neo4j - cpu.extract).toFixed(1)}) + Neo4j server ${cpu.server.toFixed(1)}`,
  );
  console.log(`last embedded import: ${lines.embedded}`);
  console.log(`last Neo4j import:    ${lines.neo4j}`);
  for (const [store, set] of Object.entries(digests))
    console.log(`${store} store: ${[...set].join(' | ')}${set.size > 1 ? ' — DIFFERS between rounds' : ''}`);
  if (digests.embedded.size > 1 || digests.neo4j.size > 1) process.exitCode = 1;
} finally {
  await closeWorkerPool?.();
  if (server) await stopPid(server.pid);
  rmSync(home, { recursive: true, force: true });
}
