#!/usr/bin/env node
// `pnpm bench:viewer`: first-frame and full-refresh times of the viewer page vs a bare Sigma page, in
// headless Chromium, on generated graphs (positions precomputed, as the stores provide them).
// Usage: node scripts/bench-viewer.mjs [--sizes 1000,10000,50000] [--edges-per-node 2] [--runs 3]
//        [--kg-dir <dir>]  also measure a real embedded store (e.g. `pnpm scale:store`'s): its overview, the
//                          ego view of its best-connected entity and a path query (bench-viewer-views.mjs)
//        [--neo4j <uri>]   the same views on a Neo4j store (e.g. after `kg migrate --to neo4j`)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBarePage, CHROMIUM, compare, requireViewer, root, viewerDir } from './bench-browser.mjs';
import { benchViews, formatRow } from './bench-viewer-views.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const sizesArg = arg('sizes', '1000,10000,50000');
const perNode = Number(arg('edges-per-node', '2'));
const runs = Number(arg('runs', '3'));
// The target case of the issue (10k nodes, 50k edges) is always measured as well; `--sizes none` measures
// only the real stores.
const cases =
  sizesArg === 'none'
    ? []
    : [...sizesArg.split(',').map((n) => ({ n: Number(n), m: Number(n) * perNode })), { n: 10_000, m: 50_000 }];
const kgDir = arg('kg-dir', undefined);
const neo4jUri = arg('neo4j', undefined);

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
    edgeDetails: async () => new Map(),
    search: async () => [],
    stats: no,
    query: no,
    close: async () => {},
  };
}

/** A viewer server and a bare-page server over `store`: base URLs and a close(). */
async function serve(createViewerServer, store, webRoot, bareDir) {
  const apps = [];
  const urls = {};
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
    apps.push(app);
    urls[name] = `http://127.0.0.1:${app.server.address().port}/`;
  }
  return { urls, close: () => Promise.all(apps.map((a) => a.close())) };
}

async function main() {
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
  const graphLib = await import(path.join(root, 'packages/graph/dist/index.js'));
  const { chromium } = requireViewer('playwright-core');
  const bareDir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-bare-'));
  await buildBarePage(bareDir);
  const rows = [];
  try {
    const real = [];
    if (kgDir) real.push(() => graphLib.openEmbeddedStore({ dir: path.resolve(kgDir) }));
    if (neo4jUri) real.push(() => graphLib.openNeo4jStore({ uri: neo4jUri, password: process.env.NEO4J_PASSWORD }));
    for (const open of real) {
      const store = await open();
      const servers = await serve(createViewerServer, store, webRoot, bareDir);
      try {
        await benchViews({ store, servers: servers.urls, chromium, runs, claimType: graphLib.CLAIM_EDGE_TYPE });
      } finally {
        await servers.close();
        await store.close();
      }
    }
    if (real.length && cases.length) console.log('generated graphs (whole graph, positions precomputed):');
    for (const { n, m } of cases) {
      const store = snapshotStore(generate(n, m));
      const servers = await serve(createViewerServer, store, webRoot, bareDir);
      // The whole graph on both pages (the viewer would otherwise open on its 300-entity overview).
      const row = await compare(
        chromium,
        `${servers.urls.viewer}#budget=0&isolated=1`,
        `${servers.urls.bare}bare.html`,
        runs,
      );
      await servers.close();
      rows.push({ n, m, ...row });
      console.log(`${String(n).padStart(6)} nodes ${String(m).padStart(6)} edges | ${formatRow(row)}`);
    }
  } finally {
    rmSync(bareDir, { recursive: true, force: true });
  }
  const target = rows.find((r) => r.n === 10_000 && r.m === 50_000);
  if (!target) return;
  console.log(
    `target: first frame of 10k nodes/50k edges ${target.vf.toFixed(0)} ms (goal ≤ 2000 ms); ratios vs bare Sigma goal ≤ 1.30 (medians of ${runs} runs)`,
  );
}

main().catch((err) => {
  console.error(`bench:viewer: ${err.message}`);
  process.exit(1);
});
