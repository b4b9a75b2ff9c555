// End to end: the page opens on the overview the server chose within the budget, every painted label
// clear of the others, "show more" grows it, and the URL brings the same view back.
// KG_E2E_BASE=<a .kg folder> runs the same checks on a copy of that store (e.g. `pnpm scale:store`'s).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumMissing, launch } from './browser.js';
import { REPO, SEED, builtCliMissing, importArticle, startServe, type Served } from './kg-serve.js';

const missing = chromiumMissing() ?? builtCliMissing();
if (missing) console.warn(`viewer overview e2e skipped: ${missing}`);
const maybe = missing ? describe.skip : describe;
const BASE = process.env.KG_E2E_BASE;
/** Small enough that the seed articles overflow it; a big store uses the page's default. */
const BUDGET = BASE ? 300 : 8;

interface Box {
  node: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}
type KgWindow = {
  __kgViewer: { graph: { order: number; nodes(): string[]; hasNode(id: string): boolean }; labelBoxes(): Box[] };
};

maybe('the overview (embedded store)', () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  let page: Page;
  const order = () => page.evaluate(() => (window as unknown as KgWindow).__kgViewer.graph.order);
  const open = async (hash: string) => {
    await page.goto(`${served.url}#${hash}`);
    await page.waitForSelector('body[data-ready="true"]');
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-overview-e2e-'));
    if (BASE) cpSync(BASE, path.join(dir, '.kg'), { recursive: true });
    served = await startServe([], dir);
    await importArticle(served.url, readFileSync(SEED, 'utf8'), 'Xi Jinping on innovation');
    const second = path.join(REPO, 'packages/viewer/test/fixtures/second-article.txt');
    await importArticle(served.url, readFileSync(second, 'utf8'), 'Merkel meets Macron');
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the page draws exactly the overview the API chose, within the budget, and says how much is shown', async () => {
    const api = await (await fetch(`${served.url}api/graph?budget=${BUDGET}`)).json();
    expect(api.nodes.length).toBeGreaterThan(2);
    expect(api.nodes.length).toBeLessThanOrEqual(BUDGET);
    expect(api.total.nodes).toBeGreaterThan(api.nodes.length);
    await open(`budget=${BUDGET}`);
    expect(await order()).toBe(api.nodes.length);
    const ids = await page.evaluate(() => (window as unknown as KgWindow).__kgViewer.graph.nodes().sort());
    expect(ids).toEqual(api.nodes.map((n: { id: string }) => n.id).sort());
    expect(await page.textContent('#budget-line')).toContain(
      `showing ${api.nodes.length.toLocaleString('en-US')} of ${api.total.nodes.toLocaleString('en-US')} entities`,
    );
  });

  test('labels are painted, and no two painted labels overlap', async () => {
    const boxes = await page.evaluate(() => (window as unknown as KgWindow).__kgViewer.labelBoxes());
    expect(boxes.length).toBeGreaterThan(2);
    // Each box checked against the text as the page measures it, then pairwise.
    const widths = await page.evaluate((bs) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = '400 12px system-ui, sans-serif';
      const v = (window as unknown as { __kgViewer: { graph: { getNodeAttribute(n: string, a: string): string } } })
        .__kgViewer;
      return bs.map((b) => ctx.measureText(v.graph.getNodeAttribute(b.node, 'label')).width);
    }, boxes);
    boxes.forEach((b, i) => expect(b.right - b.left).toBeCloseTo(widths[i], 0));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        if (overlap) throw new Error(`labels of ${a.node} and ${b.node} overlap: ${JSON.stringify([a, b])}`);
      }
  });

  test('"show more" doubles the budget, the URL keeps it, and opening the URL restores the view', async () => {
    const before = await order();
    await page.click('#budget-line button[data-budget]');
    await page.waitForFunction((n) => (window as unknown as KgWindow).__kgViewer.graph.order > n, before);
    await page.waitForFunction((b) => location.hash.includes(`budget=${b}`), BUDGET * 2);
    const grown = await order();
    expect(grown).toBeLessThanOrEqual(BUDGET * 2);
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await order()).toBe(grown);
  });

  test('"show all" loads the whole graph, isolated entities included', async () => {
    const all = await (await fetch(`${served.url}api/graph`)).json();
    await open(`budget=${BUDGET}`);
    await page.click('#budget-line button[data-budget="0"]');
    await page.waitForFunction((n) => (window as unknown as KgWindow).__kgViewer.graph.order === n, all.nodes.length);
    expect(await page.textContent('#budget-line')).toContain(`showing all ${all.nodes.length} entities`);
  });
});
