#!/usr/bin/env node
// `node scripts/viewer-screenshots.mjs --kg-dir <dir> [--out docs]`: the viewer's screenshots for the
// README, taken from a real embedded store in headless Chromium: the overview, the ego view of the
// best-connected entity, and the paths from it to an entity four relations away.
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

const { openEmbeddedStore } = await import(path.join(root, 'packages/graph/dist/index.js'));
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
  const ego = await (await fetch(`${url}api/graph?focus=${encodeURIComponent(top)}&hops=2&budget=400`)).json();
  // The most important entity exactly two hops from the hub (so the path is more than one relation).
  const near = new Set(
    whole.edges.flatMap((e) => (e.source === top ? [e.target] : e.target === top ? [e.source] : [])),
  );
  const far = ego.nodes.find((n) => n.id !== top && !near.has(n.id))?.id;
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
