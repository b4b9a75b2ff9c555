// End to end: details on demand and communities as places to go — search an entity the overview left out
// and get its neighbourhood (an ego view), expand a neighbour, switch to 2 hops, walk back and forward
// through the browser's history, focus a community from the list, collapse one into a node and open it;
// the URL restores each view, no two painted labels overlap and none is painted under the breadcrumbs.
// KG_E2E_BASE=<a .kg folder> runs the same checks on a copy of that store (e.g. `pnpm scale:store`'s).
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumMissing, launch } from './browser.js';
import { expectNoOverlap, type Box } from './label-boxes.js';
import { REPO, SEED, builtCliMissing, importArticle, startServe, type Served, tearDown } from './kg-serve.js';

const missing = chromiumMissing() ?? builtCliMissing();
if (missing) console.warn(`viewer explore e2e skipped: ${missing}`);
const maybe = missing ? describe.skip : describe;
const BASE = process.env.KG_E2E_BASE;

interface Snapshot {
  nodes: Array<{ id: string; name: string; community?: number }>;
  edges: Array<{ source: string; target: string }>;
}
type KgWindow = { __kgViewer: { graph: { nodes(): string[]; order: number }; labelBoxes(): Box[] } };
type Point = { x: number; y: number };
/** The parts of sigma the camera move below uses. */
type CameraWindow = {
  sigma: {
    getNodeDisplayData(id: string): Point | undefined;
    framedGraphToViewport(p: Point): Point;
    viewportToFramedGraph(p: Point): Point;
    getDimensions(): { width: number; height: number };
    getCamera(): { setState(s: Partial<Point>): void };
  };
};

maybe('exploring: ego view, expand, history, communities (embedded store)', () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  let page: Page;
  const get = async (q: string): Promise<Snapshot> => (await fetch(`${served.url}api/${q}`)).json();
  const ids = (s: Snapshot) => s.nodes.map((n) => n.id).sort();
  const drawn = () => page.evaluate(() => (window as unknown as KgWindow).__kgViewer.graph.nodes().sort());
  /** Waits until the page draws exactly these entities. */
  const drawsExactly = async (want: string[]) => {
    await page
      .waitForFunction(
        (w) => JSON.stringify((window as unknown as KgWindow).__kgViewer.graph.nodes().sort()) === JSON.stringify(w),
        want,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    expect(await drawn()).toEqual(want);
  };
  const open = async (hash: string) => {
    await page.goto('about:blank');
    await page.goto(`${served.url}#${hash}`);
    await page.waitForSelector('body[data-ready="true"]');
  };
  const hash = async () => new URLSearchParams(await page.evaluate(() => location.hash.slice(1)));
  const param = async (k: string) => (await hash()).get(k);
  let overview: Snapshot;
  let target: { id: string; name: string };
  let neighbour: string;
  let neighbourName: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-explore-e2e-'));
    if (BASE) cpSync(BASE, path.join(dir, '.kg'), { recursive: true });
    served = await startServe([], dir);
    await importArticle(served.url, readFileSync(SEED, 'utf8'), 'Xi Jinping on innovation');
    const second = path.join(REPO, 'packages/viewer/test/fixtures/second-article.txt');
    await importArticle(served.url, readFileSync(second, 'utf8'), 'Merkel meets Macron');
    overview = await get('graph?budget=4&isolated=false');
    const all = await get('graph');
    const degree = new Map<string, number>();
    for (const e of all.edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
    // The best-connected entity the overview left out, and one of its neighbours with neighbours of its own.
    const shown = new Set(ids(overview));
    const [id] = [...degree.entries()].filter(([n]) => !shown.has(n)).sort((a, b) => b[1] - a[1])[0];
    target = all.nodes.find((n) => n.id === id)!;
    const ego = await get(`graph?focus=${encodeURIComponent(id)}&budget=150`);
    neighbour = ego.nodes.map((n) => n.id).find((n) => n !== id && (degree.get(n) ?? 0) > 1)!;
    expect(neighbour).toBeDefined();
    neighbourName = all.nodes.find((n) => n.id === neighbour)!.name;
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await open('budget=4');
  }, 120_000);

  afterAll(() => tearDown(browser, served, dir));

  test('searching an entity the overview left out draws its neighbourhood, with breadcrumbs and its panel', async () => {
    expect(await drawn()).toEqual(ids(overview));
    expect(ids(overview)).not.toContain(target.id);
    await page.fill('#search', target.name);
    await page.locator(`#search-hits li[data-id="${target.id}"]`).click();
    await drawsExactly(ids(await get(`graph?focus=${encodeURIComponent(target.id)}&budget=150`)));
    await expect(page.locator('#details h2').textContent()).resolves.toBe(target.name);
    await expect(page.locator('#breadcrumbs').textContent()).resolves.toMatch(`Overview › ${target.name}`);
    await page.waitForFunction(() => location.hash.includes('trail='));
    expect(await param('trail')).toBe(`e${target.id}`);
  });

  test('"Expand" on a neighbour adds its neighbours; 2 hops draws the 2-hop neighbourhood', async () => {
    const before = await drawn();
    await page.evaluate((n) => (window as any).__kgViewer.sigma.emit('clickNode', { node: n }), neighbour);
    // The neighbour's panel, not the one still showing (a big store's panel takes a moment to load).
    await page.waitForFunction((name) => document.querySelector('#details h2')?.textContent === name, neighbourName);
    await page.locator('#details button[name="expand"]').click();
    const added = ids(await get(`graph?focus=${encodeURIComponent(neighbour)}&budget=25`));
    await drawsExactly([...new Set([...before, ...added])].sort());
    expect(await param('expand')).toBe(neighbour);
    await page.locator('#breadcrumbs button[data-hops="2"]').click();
    await drawsExactly(ids(await get(`graph?focus=${encodeURIComponent(target.id)}&hops=2&budget=150`)));
    expect(await param('egoHops')).toBe('2');
  });

  test('back and forward walk the views, and a reload of the URL draws the same view', async () => {
    const egoOnly = ids(await get(`graph?focus=${encodeURIComponent(target.id)}&budget=150`));
    const expanded = [
      ...new Set([...egoOnly, ...ids(await get(`graph?focus=${encodeURIComponent(neighbour)}&budget=25`))]),
    ].sort();
    await page.goBack();
    await drawsExactly(expanded);
    await page.goBack();
    await drawsExactly(egoOnly);
    await page.goBack();
    await drawsExactly(ids(overview));
    await expect(page.locator('#breadcrumbs').isHidden()).resolves.toBe(true);
    await page.goForward();
    await drawsExactly(egoOnly);
    await page.goForward();
    await drawsExactly(expanded);
    const url = await page.evaluate(() => location.hash.slice(1));
    await open(url);
    await drawsExactly(expanded);
    await page.locator('#breadcrumbs button[data-crumb="-1"]').click();
    await drawsExactly(ids(overview));
  });

  test('the community list focuses a community; back, forward and the URL bring it back', async () => {
    await page.click('#communities-section summary');
    const list = (await (await fetch(`${served.url}api/communities`)).json()).communities as Array<{
      id: number;
      size: number;
      top: Array<{ name: string }>;
    }>;
    expect(list.length).toBeGreaterThan(1);
    const items = page.locator('#communities li[data-community]');
    await items.first().waitFor();
    expect(await items.count()).toBe(list.length);
    await expect(items.first().textContent()).resolves.toContain(list[0].top[0].name);
    await items.first().locator('button[name="focus-community"]').click();
    const members = ids(await get(`graph?community=${list[0].id}&budget=4`));
    await drawsExactly(members);
    await expect(page.locator('#breadcrumbs').textContent()).resolves.toContain(`community of ${list[0].top[0].name}`);
    expect(await param('trail')).toBe(`c${list[0].id}`);
    await page.goBack();
    await drawsExactly(ids(overview));
    await page.goForward();
    await drawsExactly(members);
    await open(`budget=4&trail=c${list[0].id}`);
    await drawsExactly(members);
  });

  test('collapsing a community draws it as one node, back/forward and the URL bring it back; opening it draws its members again', async () => {
    await open('budget=0');
    const all = await get('graph?isolated=false');
    const c = (await (await fetch(`${served.url}api/communities`)).json()).communities[0].id as number;
    const members = all.nodes.filter((n) => n.community === c).map((n) => n.id);
    await page.click('#communities-section summary');
    await page.locator(`#communities li[data-community="${c}"] button[name="collapse-community"]`).click();
    const rest = ids(all).filter((n) => !members.includes(n));
    await drawsExactly([...rest, `community:${c}`].sort());
    expect(await param('collapse')).toBe(String(c));
    await page.goBack();
    await drawsExactly(ids(all));
    await page.goForward();
    await drawsExactly([...rest, `community:${c}`].sort());
    await open((await hash()).toString());
    await drawsExactly([...rest, `community:${c}`].sort());
    await page.click('#communities-section summary');
    await page.locator(`#communities li[data-community="${c}"] button[name="collapse-community"]`).click();
    await drawsExactly(ids(all));
  });

  test('no two painted labels overlap in an ego view', async () => {
    await open(`trail=e${encodeURIComponent(target.id)}&egoHops=2`);
    await page.waitForTimeout(500);
    const boxes = await page.evaluate(() => (window as unknown as KgWindow).__kgViewer.labelBoxes());
    expect(boxes.length).toBeGreaterThan(1);
    expectNoOverlap(boxes);
  });

  test('no label is painted under the breadcrumbs or the budget line', async () => {
    await open(`trail=e${encodeURIComponent(target.id)}`);
    // Move the camera so the ego view's entity sits just inside the breadcrumbs' left edge: its label,
    // right of it, would be painted under them.
    const overlays = await page.evaluate(async (id) => {
      const v = (window as unknown as { __kgViewer: CameraWindow }).__kgViewer;
      const origin = document.querySelector('#graph')!.getBoundingClientRect();
      const local = (q: string) => {
        const r = document.querySelector(q)!.getBoundingClientRect();
        return {
          node: q,
          left: r.left - origin.left,
          top: r.top - origin.top,
          right: r.right - origin.left,
          bottom: r.bottom - origin.top,
        };
      };
      const crumbs = local('#breadcrumbs');
      const at = v.sigma.framedGraphToViewport(v.sigma.getNodeDisplayData(id)!);
      const want = { x: crumbs.left + 12, y: (crumbs.top + crumbs.bottom) / 2 };
      const { width, height } = v.sigma.getDimensions();
      const centre = v.sigma.viewportToFramedGraph({ x: width / 2 + at.x - want.x, y: height / 2 + at.y - want.y });
      v.sigma.getCamera().setState({ x: centre.x, y: centre.y });
      await new Promise((r) => setTimeout(r, 300));
      const now = v.sigma.framedGraphToViewport(v.sigma.getNodeDisplayData(id)!);
      return {
        boxes: [crumbs, local('#budget-line')],
        under: Math.abs(now.x - want.x) < 2 && Math.abs(now.y - want.y) < 2,
      };
    }, target.id);
    expect(overlays.under).toBe(true);
    const labels = await page.evaluate(() => (window as unknown as KgWindow).__kgViewer.labelBoxes());
    expect(labels.length).toBeGreaterThan(0);
    for (const o of overlays.boxes) expectNoOverlap([o, ...labels]);
  });
});
