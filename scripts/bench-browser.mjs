// Shared by the viewer benchmarks: Debian's Chromium through playwright-core, one page load measured in a
// fresh browser (first frame and a synchronous full refresh), medians, and the bare-Sigma baseline page.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const viewerDir = path.join(root, 'packages/viewer');
export const requireViewer = createRequire(path.join(viewerDir, 'package.json'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Builds bench/bare.html (a plain Sigma page over /api/graph) into `outDir`. */
export async function buildBarePage(outDir) {
  const { build } = await import(requireViewer.resolve('vite'));
  await build({
    root: path.join(viewerDir, 'bench'),
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: path.join(viewerDir, 'bench/bare.html') } },
  });
}

/** One page load in a fresh browser, so no GPU-process state carries over from the previous page. */
export async function measure(chromium, url) {
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
    // Each request's start and end (what the page waited for before its first frame), for KG_BENCH_VERBOSE.
    for (const r of performance.getEntriesByType('resource'))
      marks[new URL(r.name).pathname + new URL(r.name).search] = [Math.round(r.startTime), Math.round(r.responseEnd)];
    return { first: v.firstFrameAt, refresh: times[2], marks, order: v.graph.order };
  });
  await browser.close();
  if (process.env.KG_BENCH_VERBOSE) console.log(url, JSON.stringify(result.marks), Math.round(result.first));
  return result;
}

/** Alternates the viewer and the bare page `runs` times (so machine noise hits both alike); medians. */
export async function compare(chromium, viewerUrl, bareUrl, runs) {
  const samples = { viewer: [], bare: [] };
  for (let r = 0; r < runs; r++) {
    samples.bare.push(await measure(chromium, bareUrl));
    samples.viewer.push(await measure(chromium, viewerUrl));
  }
  const pick = (name, key) => median(samples[name].map((x) => x[key]));
  return {
    vf: pick('viewer', 'first'),
    bf: pick('bare', 'first'),
    vr: pick('viewer', 'refresh'),
    br: pick('bare', 'refresh'),
    nodes: { viewer: samples.viewer[0].order, bare: samples.bare[0].order },
  };
}
