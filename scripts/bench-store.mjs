#!/usr/bin/env node
// `pnpm bench:store <corpus-dir> [--sizes 1000,10000] [--out dir]`: how the embedded store behaves as it
// grows. The corpus is extracted once (cached in <out>), then imported under distinct ids (copy-1/…,
// copy-2/…, as scale:store does) into stores of each size, analysed once (as a viewer opening it would).
// On each store and on an empty one, in the same run: one-article `kg import` (wall time and peak
// resident memory of the process, median of 3 new articles), then a fresh `kg serve` and its first
// /api/graph, /api/search and /api/entities/:id (medians), and the server's peak memory. Prints the
// figures and their ratios to the empty store. A measuring script, not a test; ships no data.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KG = path.join(root, 'packages/cli/dist/bin.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const fail = (message) => {
  process.stderr.write(`bench:store: ${message}\n`);
  process.exit(2);
};

const corpus = process.argv[2];
if (!corpus || corpus.startsWith('--')) fail('expected a folder of .txt/.md articles (e.g. ../shared/corpus/wikinews)');
if (!existsSync(corpus) || !statSync(corpus).isDirectory()) fail(`${corpus}: not a folder`);
const sizes = arg('sizes', '1000,10000').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail(`expected --sizes like 1000,10000, got "${arg('sizes')}"`);
const out = path.resolve(arg('out', path.join(os.tmpdir(), 'kg-bench-store')));
if (!existsSync(KG)) fail(`${KG} is missing (run pnpm -s build)`);
const { extract, articleOptions } = await import(path.join(root, 'packages/extractor/dist/index.js'));
const { openEmbeddedStore } = await import(path.join(root, 'packages/graph/dist/index.js'));

const files = readdirSync(corpus)
  .filter((f) => /\.(txt|md)$/i.test(f) && !/^(SOURCE|README|LICENSE)/i.test(f))
  .sort();
mkdirSync(out, { recursive: true });
const cache = path.join(out, 'corpus.extracted.json');
let results;
if (existsSync(cache)) results = JSON.parse(readFileSync(cache, 'utf8'));
else {
  const t = Date.now();
  results = files.map((f) => {
    const text = readFileSync(path.join(corpus, f), 'utf8');
    return extract(text, { id: f, title: text.trim().split('\n', 1)[0].slice(0, 120), source: f });
  });
  writeFileSync(cache, JSON.stringify(results));
  console.log(`extracted ${results.length} articles in ${((Date.now() - t) / 1000).toFixed(1)} s (cached in ${cache})`);
}
/** The n-th article of the growing store: the corpus again and again under copy-<c>/ ids. */
const nth = (i) => {
  const r = results[i % results.length];
  const source = `copy-${Math.floor(i / results.length) + 1}/${r.document.source}`;
  return { ...r, document: { ...r.document, id: articleOptions({ text: '', source }).id, source } };
};
const rss = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function build(dir, n) {
  if (existsSync(path.join(dir, 'built'))) return JSON.parse(readFileSync(path.join(dir, 'built'), 'utf8'));
  mkdirSync(dir, { recursive: true });
  const store = await openEmbeddedStore({ dir });
  const t0 = Date.now();
  let corpusS;
  // Imported in corpus-sized rounds, as a user importing a folder at a time would; the first round is
  // the whole corpus into an empty store.
  for (let i = 0; i < n; i += results.length) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + results.length); j++) batch.push(nth(j));
    await store.importDocuments(batch);
    corpusS ??= (Date.now() - t0) / 1000;
  }
  const buildS = (Date.now() - t0) / 1000;
  const t1 = Date.now();
  if (n) await store.snapshot();
  const info = { buildS, corpusS, analyseS: (Date.now() - t1) / 1000, buildRssMb: rss() };
  await store.close();
  writeFileSync(path.join(dir, 'built'), JSON.stringify(info));
  return info;
}

function importOne(dir, k) {
  // A document's id comes from its path, so each probe sits in its own folder: a new document each time.
  const probe = `probe-${k}`;
  cpSync(path.join(root, 'seeds'), path.join(out, probe), { recursive: true });
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, KG, 'import', probe], {
    cwd: out,
    env: { ...process.env, KG_DIR: dir, NEO4J_URI: '' },
    encoding: 'utf8',
  });
  if (run.status !== 0) fail(`kg import into ${dir} failed: ${run.stderr}`);
  const [wall, kb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { s: wall, mb: Math.round(kb / 1024), unchanged: !/^imported 1 document/.test(run.stdout) };
}

async function serve(dir) {
  const child = spawn(process.execPath, [KG, 'serve', '--port', '0'], {
    env: { ...process.env, KG_DIR: dir, NEO4J_URI: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (b) => {
      text += b;
      const m = /(http:\/\/\S+?)\/? /.exec(text);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`kg serve exited with ${code}`)));
  });
  const timed = async (p) => {
    const t = performance.now();
    const res = await fetch(url + p);
    const body = await res.json();
    if (!res.ok) throw new Error(`${p}: ${res.status} ${JSON.stringify(body)}`);
    return { ms: performance.now() - t, body };
  };
  const stop = () => {
    const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    child.kill('SIGTERM');
    return Math.round(Number(hwm?.[1] ?? 0) / 1024);
  };
  return { timed, stop };
}

/** Read timings of a fresh `kg serve` on the store: first /api/graph, search and entity details. */
async function reads(dir) {
  const api = await serve(dir);
  const graph = await api.timed('/api/graph');
  const searchMs = [];
  for (const q of ['China', 'Trump', 'United', 'Huwaei', 'police'])
    searchMs.push((await api.timed(`/api/search?q=${q}`)).ms);
  const ids = [...graph.body.nodes].sort((a, b) => (b.degree ?? 0) - (a.degree ?? 0)).map((x) => x.id);
  const picks = ids.length ? [ids[0], ids[Math.floor(ids.length / 10)], ids[Math.floor(ids.length / 2)]] : [];
  const entityMs = [];
  for (const id of picks) entityMs.push((await api.timed(`/api/entities/${encodeURIComponent(id)}`)).ms);
  return {
    graphMs: graph.ms,
    nodes: graph.body.nodes.length,
    searchMs: median(searchMs),
    entityMs: picks.length ? median(entityMs) : 0,
    entityMaxMs: picks.length ? Math.max(...entityMs) : 0,
    serveMb: api.stop(),
  };
}

// The machine's load drifts over a long run, so the stores are measured in turns (empty, 1k, 10k, empty,
// …) rather than one after the other: each ratio compares measurements taken minutes apart at most.
const all = [0, ...sizes];
const dirs = all.map((n) => path.join(out, `store-${n}`, '.kg'));
const built = [];
for (const [i, n] of all.entries()) built.push(await build(dirs[i], n));
const readRows = [];
for (const dir of dirs) readRows.push(await reads(dir));
const imports = all.map(() => []);
for (const k of [1, 2, 3])
  for (const [i, n] of all.entries()) imports[i].push(importOne(dirs[i], `${n}-${k}-${Date.now()}`));
if (imports.flat().some((x) => x.unchanged)) fail('a probe article was already in the store');
const rows = [];
for (const [i, n] of all.entries()) {
  const again = await serve(dirs[i]);
  const graphAfter = await again.timed('/api/graph');
  again.stop();
  const r = {
    n,
    ...built[i],
    ...readRows[i],
    importS: median(imports[i].map((x) => x.s)),
    importMb: Math.max(...imports[i].map((x) => x.mb)),
    graphAfterImportMs: graphAfter.ms,
  };
  rows.push(r);
  console.log(JSON.stringify(r));
}
const base = rows[0];
const f = (x, d = 0) => x.toFixed(d);
console.log(
  '\nstore    | build s | one import s (×empty) | import MB | first /api/graph ms (after import) | search ms | entity ms (max) | serve MB',
);
for (const r of rows)
  console.log(
    `${String(r.n).padEnd(8)} | ${f(r.buildS, 1).padStart(7)} | ` +
      `${f(r.importS, 2)} (${f(r.importS / base.importS, 2)}×) | ${r.importMb} | ${f(r.graphMs)} (${f(r.graphAfterImportMs)}) | ` +
      `${f(r.searchMs, 1)} | ${f(r.entityMs, 1)} (${f(r.entityMaxMs, 1)}) | ${r.serveMb}`,
  );
