// End to end: the page opens on the overview the server chose within the budget, every painted label
// clear of the others, "show more" grows it, and the URL brings the same view back.
// KG_E2E_BASE=<a .kg folder> runs the same checks on a copy of that store (e.g. `pnpm scale:store`'s).
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumMissing, launch } from './browser.js';
import { expectNoOverlap, type Box } from './label-boxes.js';
import { REPO, SEED, builtCliMissing, importArticle, startServe, type Served, tearDown } from './kg-serve.js';

const missing = chromiumMissing() ?? builtCliMissing();
if (missing) console.warn(`viewer overview e2e skipped: ${missing}`);
const maybe = missing ? describe.skip : describe;
const BASE = process.env.KG_E2E_BASE;
/** Small enough that the seed articles overflow it; a big store uses the page's default. */
const BUDGET = BASE ? 300 : 8;

interface Point {
  x: number;
  y: number;
}
type KgWindow = {
  __kgViewer: {
    graph: {
      order: number;
      nodes(): string[];
      hasNode(id: string): boolean;
      degree(id: string): number;
      neighbors(id: string): string[];
    };
    sigma: {
      getNodeDisplayData(id: string): (Point & { size: number }) | undefined;
      framedGraphToViewport(p: Point): Point;
      scaleSize(size: number): number;
      getCamera(): { getState(): Point & { ratio: number } };
    };
    labelBoxes(): Box[];
  };
};

maybe('the overview (embedded store)', () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  let page: Page;
  const order = () => page.evaluate(() => (window as unknown as KgWindow).__kgViewer.graph.order);
  const open = async (hash: string) => {
    await page.goto('about:blank'); // a hash-only change would not reload the page
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

  afterAll(() => tearDown(browser, served, dir));

  test('the page draws exactly the overview the API chose, within the budget, and says how much is shown', async () => {
    const api = await (await fetch(`${served.url}api/graph?budget=${BUDGET}&isolated=false`)).json();
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

  test('communities are coloured by default: one colour per community, the legend names each and says so', async () => {
    await open(`budget=${BUDGET}`);
    const seen = await page.evaluate(() => {
      const v = (window as unknown as KgWindow).__kgViewer;
      const g = v.graph as unknown as {
        nodes(): string[];
        getNodeAttributes(n: string): { color: string; community?: number; label: string; pagerank: number };
      };
      const nodes = g.nodes().map((n) => g.getNodeAttributes(n));
      const rows = [...document.querySelectorAll<HTMLElement>('#legend .legend-row[data-key]')].map((r) => ({
        key: r.dataset.key!,
        name: r.children[1].textContent,
        swatch: getComputedStyle(r.children[0]).backgroundColor,
      }));
      return {
        nodes,
        rows,
        heading: document.querySelector('#legend h3')!.textContent,
        note: document.querySelector('#legend .legend-note')!.textContent,
      };
    });
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    const byCommunity = new Map<string, typeof seen.nodes>();
    for (const n of seen.nodes)
      byCommunity.set(String(n.community), [...(byCommunity.get(String(n.community)) ?? []), n]);
    expect(byCommunity.size).toBeGreaterThan(1);
    expect(seen.heading).toBe('Communities');
    expect(seen.note).toMatch(/^Colour: community \(Louvain\)/);
    expect(seen.rows.length).toBeGreaterThan(1);
    for (const row of seen.rows) {
      const members = byCommunity.get(row.key)!;
      // Every member in its community's colour, the one its legend row shows.
      expect(new Set(members.map((m) => m.color))).toEqual(new Set([members[0].color]));
      expect(row.swatch).toBe(rgb(members[0].color));
      const top = [...members].sort((a, b) => b.pagerank - a.pagerank).slice(0, 2);
      expect(row.name).toBe(top.map((m) => m.label).join(', '));
    }
    // Two communities drawn in one colour would read as one: the colours of the legend's rows differ.
    expect(new Set(seen.rows.map((r) => r.swatch)).size).toBe(Math.min(seen.rows.length, 15));
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
    expectNoOverlap(boxes);
  });

  test('the most connected entity on screen is labelled, and no label covers a more important disc', async () => {
    await open('budget=0'); // the whole graph: the crowded case
    await page.waitForTimeout(300);
    const { hub, boxes, discs } = await page.evaluate(() => {
      const v = (window as unknown as KgWindow).__kgViewer;
      const nodes = v.graph.nodes();
      const top = nodes.reduce((a, b) => (v.graph.degree(b) > v.graph.degree(a) ? b : a));
      const d = (n: string) => {
        const p = v.sigma.framedGraphToViewport(v.sigma.getNodeDisplayData(n)!);
        return { node: n, x: p.x, y: p.y, r: v.sigma.scaleSize(v.sigma.getNodeDisplayData(n)!.size) };
      };
      return { hub: top, boxes: v.labelBoxes(), discs: nodes.map(d) };
    });
    expect(boxes.map((b) => b.node)).toContain(hub);
    const hubDisc = discs.find((d) => d.node === hub)!;
    for (const b of boxes) {
      if (b.node === hub) continue;
      const covers = b.left < hubDisc.x + hubDisc.r && hubDisc.x - hubDisc.r < b.right;
      const across = b.top < hubDisc.y + hubDisc.r && hubDisc.y - hubDisc.r < b.bottom;
      if (covers && across) throw new Error(`the label of ${b.node} covers the hub ${hub}: ${JSON.stringify(b)}`);
    }
  });

  test('a shared URL with a selected hub centres on it, labels its neighbours clear of each other', async () => {
    const hub = await page.evaluate(() => {
      const v = (window as unknown as KgWindow).__kgViewer;
      return v.graph.nodes().reduce((a, b) => (v.graph.degree(b) > v.graph.degree(a) ? b : a));
    });
    await open(`budget=0&node=${encodeURIComponent(hub)}`);
    await page.waitForFunction((h) => {
      const v = (window as unknown as KgWindow).__kgViewer;
      const d = v.sigma.getNodeDisplayData(h)!;
      const cam = v.sigma.getCamera().getState();
      return Math.abs(cam.x - d.x) < 1e-3 && Math.abs(cam.y - d.y) < 1e-3;
    }, hub);
    await page.waitForTimeout(300);
    const { boxes, neighbours } = await page.evaluate((h) => {
      const v = (window as unknown as KgWindow).__kgViewer;
      return { boxes: v.labelBoxes(), neighbours: v.graph.neighbors(h) };
    }, hub);
    expect(boxes.map((b) => b.node)).toContain(hub);
    expect(boxes.filter((b) => neighbours.includes(b.node)).length).toBeGreaterThan(0);
    expectNoOverlap(boxes);
  });

  test('"show more" doubles the budget, the URL keeps it, back and forward and opening the URL restore the view', async () => {
    await open(`budget=${BUDGET}`);
    const before = await order();
    await page.click('#budget-line button[data-budget]');
    await page.waitForFunction((n) => (window as unknown as KgWindow).__kgViewer.graph.order > n, before);
    await page.waitForFunction((b) => location.hash.includes(`budget=${b}`), BUDGET * 2);
    const grown = await order();
    expect(grown).toBeLessThanOrEqual(BUDGET * 2);
    const drawn = (n: number) =>
      page.waitForFunction((k) => (window as unknown as KgWindow).__kgViewer.graph.order === k, n);
    await page.goBack();
    await drawn(before);
    expect(page.url()).toContain(`budget=${BUDGET}`);
    await page.goForward();
    await drawn(grown);
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await order()).toBe(grown);
  });

  test('"show all" loads the whole connected graph; the filter toggle adds the entities related to nothing', async () => {
    const connected = await (await fetch(`${served.url}api/graph?isolated=false`)).json();
    const all = await (await fetch(`${served.url}api/graph`)).json();
    expect(all.nodes.length).toBeGreaterThan(connected.nodes.length);
    await open(`budget=${BUDGET}`);
    await page.click('#budget-line button[data-budget="0"]');
    const drawn = (n: number) =>
      page.waitForFunction((k) => (window as unknown as KgWindow).__kgViewer.graph.order === k, n);
    await drawn(connected.nodes.length);
    expect(await page.textContent('#budget-line')).toContain(
      `showing all ${connected.nodes.length.toLocaleString('en-US')} entities`,
    );
    await page.click('details:has(#filters) summary');
    await page.check('#filters input[name="isolated"]');
    await drawn(all.nodes.length);
    await page.waitForFunction(() => location.hash.includes('isolated=1'));
  });
});
