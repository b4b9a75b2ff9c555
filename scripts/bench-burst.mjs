#!/usr/bin/env node
// pnpm bench:burst — a loopback burst against the viewer's API on both stores: N concurrent GET /api/graph
// and N concurrent GET /api/search, each timed per request (p50/p99/max) and compared with a single request
// in the same run. A third burst sends N /api/graph requests that differ in their query (a distinct `limit`
// each), so none can share a computation: the cost of the burst without single-flight, as a baseline.
// Usage: pnpm bench:burst [folder of .txt/.md articles, default seeds/] [--requests 200]
// Neo4j: $NEO4J_URI when set (the articles are imported into it), otherwise a fresh local one (tools/neo4j).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (p) => import(path.join(root, p));
const { articleOptions, closeWorkerPool, extractBatch, readArticleText } = await load(
  'packages/extractor/dist/index.js',
);
const { openEmbeddedStore, openNeo4jStore } = await load('packages/graph/dist/index.js');
const { startViewerServer } = await load('packages/viewer/dist/index.js');
const { DEFAULT_PASSWORD, freePort, startNeo4j, stopPid } = await load('tools/neo4j/launcher.mjs');

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const N = Number(flag('requests', '200'));
if (!Number.isInteger(N) || N < 1 || N > 5000) {
  console.error(`bench:burst: expected --requests to be an integer from 1 to 5000, got "${N}"`);
  process.exit(2);
}
const folder = path.resolve(args[0] ?? path.join(root, 'seeds'));
if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`bench:burst: ${folder}: not a folder`);
  process.exit(2);
}

const files = readdirSync(folder)
  .filter((f) => /\.(txt|md)$/i.test(f) && !/^(SOURCE|README)/i.test(f))
  .sort();
const items = files.map((f) => {
  const source = path.join(folder, f);
  const text = readArticleText(f, readFileSync(source));
  return { text, options: articleOptions({ text, source, file: f }) };
});
const results = await extractBatch(items, { threads: 2 });
await closeWorkerPool();
const searchTerm = results.flatMap((r) => r.entities).sort((a, b) => b.mentions.length - a.mentions.length)[0]?.name;
console.log(`bench:burst: ${files.length} article(s) from ${folder}; ${N} concurrent requests per burst`);

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
async function timed(url) {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`bench:burst: ${url} answered ${res.status}`);
  return performance.now() - t;
}
async function single(url) {
  await timed(url); // warm-up: the first snapshot of a store computes its analysis
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await timed(url));
  return runs.sort((a, b) => a - b)[2];
}
async function burst(urls) {
  const t = performance.now();
  const times = (await Promise.all(urls.map(timed))).sort((a, b) => a - b);
  return { p50: pct(times, 50), p99: pct(times, 99), max: times.at(-1), wall: performance.now() - t };
}

async function measure(kind, store) {
  await store.importDocuments(results);
  const viewer = await startViewerServer({
    store,
    extractArticle: () => Promise.reject(new Error('not used')),
    settings: { port: 0, queryTimeoutMs: 60_000 },
  });
  const rows = [];
  try {
    const graph = `${viewer.url}api/graph`;
    const search = `${viewer.url}api/search?q=${encodeURIComponent(searchTerm ?? 'a')}`;
    const plans = [
      ['/api/graph', graph, Array(N).fill(graph)],
      ['/api/graph, distinct queries', graph, Array.from({ length: N }, (_, i) => `${graph}?limit=${100_000 - i}`)],
      ['/api/search', search, Array(N).fill(search)],
    ];
    for (const [route, one, urls] of plans)
      rows.push({ kind, route, single: await single(one), ...(await burst(urls)) });
  } finally {
    await viewer.close();
    await store.close();
  }
  return rows;
}

const rows = [];
const embeddedDir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-burst-'));
let neo4j = null;
try {
  rows.push(...(await measure('embedded', await openEmbeddedStore({ dir: embeddedDir }))));
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const home = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-burst-neo4j-'));
    neo4j = { home, ...(await startNeo4j({ home, port: await freePort() })) };
    uri = neo4j.uri;
  }
  const password = process.env.NEO4J_PASSWORD || DEFAULT_PASSWORD;
  rows.push(...(await measure('neo4j', await openNeo4jStore({ uri, user: 'neo4j', password }))));
} finally {
  if (neo4j) {
    await stopPid(neo4j.pid);
    rmSync(neo4j.home, { recursive: true, force: true });
  }
  rmSync(embeddedDir, { recursive: true, force: true });
}

const ms = (x) => `${x.toFixed(0)} ms`.padStart(9);
console.log(
  `\n${'store'.padEnd(9)} ${'route'.padEnd(30)} ${'single'.padStart(9)} ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'max'.padStart(9)} ${'wall'.padStart(9)}  p50/single`,
);
for (const r of rows)
  console.log(
    `${r.kind.padEnd(9)} ${r.route.padEnd(30)} ${ms(r.single)} ${ms(r.p50)} ${ms(r.p99)} ${ms(r.max)} ${ms(r.wall)}  ${(r.p50 / r.single).toFixed(1)}×`,
  );
