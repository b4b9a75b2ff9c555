#!/usr/bin/env node
// `pnpm bench:viewer`: first-frame and full-refresh times of the viewer page vs a bare Sigma page, in
// headless Chromium, on generated graphs (positions precomputed, as the stores provide them).
// Usage: node scripts/bench-viewer.mjs [--sizes 1000,10000,50000] [--edges-per-node 2] [--runs 3]
//        [--kg-dir <dir>]  also measure the graph of a real embedded store (e.g. a folder of imported articles)
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const viewerDir = path.join(root, 'packages/viewer');
const requireViewer = createRequire(path.join(viewerDir, 'package.json'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const sizes = arg('sizes', '1000,10000,50000').split(',').map(Number);
const perNode = Number(arg('edges-per-node', '2'));
const runs = Number(arg('runs', '3'));
// The target case of the issue (10k nodes, 50k edges) is always measured as well.
const cases = [...sizes.map((n) => ({ n, m: n * perNode })), { n: 10_000, m: 50_000 }];
const kgDir = arg('kg-dir', undefined);

/** Deterministic generator: preferential-ish attachment, positions on a jittered disc, 4 types. */
function generate(n, m) {
  let seed = 42;
  const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const types = ['Person', 'Organization', 'Place', 'Concept'];
  const nodes = Array.from({ length: n }, (_, i) => {
    const r = Math.sqrt(rnd()) * 1000;
    const a = rnd() * Math.PI * 2;
    return {
      id: `n${i}`,
      name: `Entity ${i}`,
      type: types[i % 4],
      aliases: [],
      mentions: 1,
      degree: 0,
      pagerank: 0,
      community: i % 12,
      x: r * Math.cos(a),
      y: r * Math.sin(a),
    };
  });
  const edges = [];
  const seen = new Set();
  while (edges.length < m) {
    const s = Math.floor(rnd() * n);
    const t = Math.floor(rnd() * rnd() * n);
    const id = `n${s}|REL|n${t}`;
    if (s === t || seen.has(id)) continue;
    seen.add(id);
    nodes[s].degree++;
    nodes[t].degree++;
    edges.push({
      id,
      source: `n${s}`,
      target: `n${t}`,
      type: ['REL', 'MEETS', 'LEADS'][edges.length % 3],
      weight: 1,
      phrases: [],
      evidence: [],
    });
  }
  for (const node of nodes) node.pagerank = node.degree / (2 * m);
  return { nodes, edges, documents: [], truncated: false };
}

/** Serves one generated snapshot; the page only calls snapshot(). */
function snapshotStore(snapshot) {
  const no = async () => {
    throw new Error('bench store: not available');
  };
  return {
    kind: 'embedded',
    snapshot: async () => snapshot,
    importDocuments: no,
    planImport: no,
    deleteDocument: no,
    entity: async () => null,
    edge: async () => null,
    search: async () => [],
    stats: no,
    query: no,
    close: async () => {},
  };
}

async function buildBarePage(outDir) {
  const { build } = await import(requireViewer.resolve('vite'));
  await build({
    root: path.join(viewerDir, 'bench'),
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: path.join(viewerDir, 'bench/bare.html') } },
  });
}

/** One page load in a fresh browser, so no GPU-process state carries over from the previous page. */
async function measure(chromium, url) {
  // playwright launches with a fresh temporary profile (user-data-dir) of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(() => window.__kgViewer?.firstFrameAt > 0, null, { timeout: 120_000 });
  const result = await page.evaluate(() => {
    const v = window.__kgViewer;
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      v.sigma.refresh();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const marks = Object.fromEntries(
      performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
    );
    return { first: v.firstFrameAt, refresh: times[2], marks };
  });
  await browser.close();
  if (process.env.KG_BENCH_VERBOSE) console.log(url, JSON.stringify(result.marks), Math.round(result.first));
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const { existsSync } = await import('node:fs');
  if (!existsSync(CHROMIUM)) {
    console.error(`bench:viewer: ${CHROMIUM} not found (install chromium: scripts/install-system-deps.sh)`);
    process.exit(2);
  }
  const webRoot = path.join(viewerDir, 'dist/web');
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    console.error('bench:viewer: packages/viewer/dist/web is missing; run `pnpm -s build` first');
    process.exit(2);
  }
  const { createViewerServer } = await import(path.join(viewerDir, 'dist/index.js'));
  const { chromium } = requireViewer('playwright-core');
  const bareDir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-bare-'));
  await buildBarePage(bareDir);
  const rows = [];
  try {
    if (kgDir) {
      const { openEmbeddedStore } = await import(path.join(root, 'packages/graph/dist/index.js'));
      const real = await openEmbeddedStore({ dir: path.resolve(kgDir) });
      const snap = await real.snapshot();
      await real.close();
      console.log(`store ${kgDir}: ${snap.documents.length} documents`);
      cases.unshift({ n: snap.nodes.length, m: snap.edges.length, snapshot: snap });
    }
    for (const { n, m, snapshot } of cases) {
      const store = snapshotStore(snapshot ?? generate(n, m));
      const servers = {};
      for (const [name, dir] of [
        ['viewer', webRoot],
        ['bare', bareDir],
      ]) {
        const app = await createViewerServer({
          store,
          extractArticle: () => {
            throw new Error('bench');
          },
          webRoot: dir,
        });
        await app.listen({ host: '127.0.0.1', port: 0 });
        servers[name] = {
          app,
          url: `http://127.0.0.1:${app.server.address().port}/${name === 'bare' ? 'bare.html' : ''}`,
        };
      }
      const samples = { viewer: [], bare: [] };
      // Alternate the two pages so machine noise hits both alike.
      for (let r = 0; r < runs; r++)
        for (const name of ['bare', 'viewer']) samples[name].push(await measure(chromium, servers[name].url));
      for (const s of Object.values(servers)) await s.app.close();
      const pick = (name, key) => median(samples[name].map((x) => x[key]));
      rows.push({
        n,
        m,
        vf: pick('viewer', 'first'),
        bf: pick('bare', 'first'),
        vr: pick('viewer', 'refresh'),
        br: pick('bare', 'refresh'),
      });
      const row = rows[rows.length - 1];
      console.log(
        `${String(n).padStart(6)} nodes ${String(m).padStart(6)} edges | first frame: viewer ${row.vf.toFixed(0).padStart(5)} ms, bare ${row.bf.toFixed(0).padStart(5)} ms, ratio ${(row.vf / row.bf).toFixed(2)} | refresh: viewer ${row.vr.toFixed(1).padStart(6)} ms, bare ${row.br.toFixed(1).padStart(6)} ms, ratio ${(row.vr / row.br).toFixed(2)}`,
      );
    }
  } finally {
    rmSync(bareDir, { recursive: true, force: true });
  }
  const target = rows.find((r) => r.n === 10_000 && r.m === 50_000);
  console.log(
    `target: first frame of 10k nodes/50k edges ${target.vf.toFixed(0)} ms (goal ≤ 2000 ms); ratios vs bare Sigma goal ≤ 1.30 (medians of ${runs} runs)`,
  );
}

main().catch((err) => {
  console.error(`bench:viewer: ${err.message}`);
  process.exit(1);
});
