#!/usr/bin/env node
// `node scripts/viewer-screenshots.mjs --kg-dir <dir> [--out docs]`: the viewer's screenshots for the
// README, taken from a real embedded store in headless Chromium: the overview, the ego view of the
// entity with the most edges, and the shortest paths from it to the most important entity three relations
// away that more than one path reaches. The pictures show Wikinews sentences: credit them (CC BY 2.5).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, requireViewer, root, viewerDir } from './bench-browser.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const kgDir = arg('kg-dir');
const out = path.resolve(arg('out', path.join(root, 'docs')));
if (!kgDir || !existsSync(kgDir)) {
  console.error('viewer-screenshots: expected --kg-dir <a .kg folder>');
  process.exit(2);
}

const { CLAIM_EDGE_TYPE, openEmbeddedStore } = await import(path.join(root, 'packages/graph/dist/index.js'));
const { createViewerServer } = await import(path.join(viewerDir, 'dist/index.js'));
const { chromium } = requireViewer('playwright-core');
const store = await openEmbeddedStore({ dir: path.resolve(kgDir) });
const app = await createViewerServer({
  store,
  extractArticle: () => {
    throw new Error('screenshots: read only');
  },
  webRoot: path.join(viewerDir, 'dist/web'),
});
await app.listen({ host: '127.0.0.1', port: 0 });
const url = `http://127.0.0.1:${app.server.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
try {
  const whole = await store.snapshot();
  const degree = new Map();
  for (const e of whole.edges)
    if (e.source !== e.target) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
  const top = [...degree.entries()].sort((a, b) => b[1] - a[1])[0][0];
  // Relations only, as /api/path follows them (a claim's derived edge is no relation between the two).
  const near = new Map(whole.nodes.map((n) => [n.id, new Set()]));
  for (const e of whole.edges)
    if (e.source !== e.target && e.type !== CLAIM_EDGE_TYPE)
      (near.get(e.source).add(e.target), near.get(e.target).add(e.source));
  // The most important entity three relations from the hub that more than one shortest path reaches.
  const dist = new Map([[top, 0]]);
  for (let ring = [top], d = 1; d <= 3; d++)
    ring = ring.flatMap((r) => [...near.get(r)].filter((m) => !dist.has(m) && dist.set(m, d)));
  const rank = new Map(whole.nodes.map((n) => [n.id, n.pagerank ?? 0]));
  const candidates = [...dist.keys()].filter((id) => dist.get(id) === 3).sort((a, b) => rank.get(b) - rank.get(a));
  let far;
  for (const id of candidates.slice(0, 20)) {
    const found = await (await fetch(`${url}api/path?${new URLSearchParams({ from: top, to: id, k: '3' })}`)).json();
    if (found.paths?.length > 1) {
      far = id;
      break;
    }
  }
  if (!far) throw new Error(`viewer-screenshots: no entity three relations from ${top} with two paths to it`);
  const shots = [
    ['viewer-overview.png', ''],
    ['viewer-ego.png', `trail=e${encodeURIComponent(top)}&node=${encodeURIComponent(top)}`],
    ['viewer-path.png', `path=${encodeURIComponent(top)},${encodeURIComponent(far)}`],
  ];
  for (const [file, hash] of shots) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await page.goto(`${url}#${hash}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(out, file) });
    console.log(`${path.join(out, file)}: #${hash}`);
    await page.close();
  }
} finally {
  await browser.close();
  await app.close();
  await store.close();
}
