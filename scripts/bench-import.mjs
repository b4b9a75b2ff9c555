#!/usr/bin/env node
// pnpm bench:import [corpus-folder] [--rounds n]: end-to-end articles/s of `kg import` (the built CLI's
// run(), in this process) into a fresh embedded store and into a fresh local Neo4j (tools/neo4j, started
// here), against extraction alone over the same articles with the same worker threads (the CLI's own
// readArticles + extractArticles), in the same run; ratios = import time / extraction time (target ≤ 1.3×).
// Rounds alternate the three so a change in machine load hits each; the best round of each counts.
// Build first: pnpm -s build.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 2;
const corpus = path.resolve(
  args.find((a, i) => !a.startsWith('--') && i !== roundsAt + 1) ?? '../shared/corpus/wikinews',
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

/** `kg import <corpus>` in this process, stdout kept (its summary line is printed after the timing). */
async function kgImport(env) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = (chunk) => ((out += String(chunk)), true);
  const t0 = performance.now();
  try {
    const code = await run(['node', 'kg', 'import', corpus]);
    if (code !== 0) throw new Error(`kg import exited ${code}`);
    return { s: (performance.now() - t0) / 1000, out: out.trim() };
  } finally {
    process.stdout.write = write;
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

/** What kg import does before loading: read the inputs, extract them in the same batches of 32. */
async function extractionAlone() {
  const t0 = performance.now();
  const { articles } = await readArticles([corpus], intakeOptions({}));
  for (let i = 0; i < articles.length; i += 32) await extractArticles(articles.slice(i, i + 32));
  return { s: (performance.now() - t0) / 1000, n: articles.length };
}

const home = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-import-'));
let server = null;
try {
  process.stderr.write('bench:import: starting a fresh local Neo4j…\n');
  const password = DEFAULT_PASSWORD;
  server = await startNeo4j({ home: path.join(home, 'neo4j'), port: await freePort(), password });
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
  const lines = {};
  for (let r = 0; r < rounds; r++) {
    best.extract = Math.min(best.extract, (await extractionAlone()).s);
    const e = await kgImport({ KG_DIR: path.join(home, `r${r}`, '.kg'), NEO4J_URI: '' });
    best.embedded = Math.min(best.embedded, e.s);
    lines.embedded = e.out;
    const n = await kgImport({ NEO4J_URI: server.uri, NEO4J_PASSWORD: password });
    best.neo4j = Math.min(best.neo4j, n.s);
    lines.neo4j = n.out;
    await wipe();
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
  console.log(`last embedded import: ${lines.embedded}`);
  console.log(`last Neo4j import:    ${lines.neo4j}`);
} finally {
  await closeWorkerPool?.();
  if (server) await stopPid(server.pid);
  rmSync(home, { recursive: true, force: true });
}
