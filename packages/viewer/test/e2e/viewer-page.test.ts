// End to end: the built `kg serve` (embedded store, temp working dir) driven by headless Chromium.
// KG_E2E_BASE=<a .kg folder> runs the same checks on a copy of that store with the seed added (e.g. the
// ≥ 1,000-article store that `pnpm scale:store` builds); by default the store starts empty.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumMissing, inkRatio, launch } from './browser.js';
import { REPO, SEED, builtCliMissing, importArticle, startServe, type Served, tearDown } from './kg-serve.js';

const FIXTURES = path.join(REPO, 'packages/viewer/test/fixtures');
const missing = chromiumMissing() ?? builtCliMissing();
if (missing) console.warn(`viewer e2e skipped: ${missing}`);
const maybe = missing ? describe.skip : describe;

/** Opens the collapsible panel holding `inner` (clicking its summary would toggle it). */
const openSection = (page: Page, inner: string) =>
  page.evaluate((sel) => ((document.querySelector(sel)?.closest('details') as HTMLDetailsElement).open = true), inner);

type KgWindow = { __kgViewer: { graph: { order: number; hasNode(id: string): boolean } }; __kgXss?: string };

const BASE = process.env.KG_E2E_BASE;

maybe(`kg serve + page on the seed graph${BASE ? ` added to a copy of ${BASE}` : ''} (embedded store)`, () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  let page: Page;
  const seedText = readFileSync(SEED, 'utf8');
  const pageErrors: string[] = [];
  const order = () => page.evaluate(() => (window as unknown as KgWindow).__kgViewer.graph.order);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-viewer-e2e-'));
    if (BASE) cpSync(BASE, path.join(dir, '.kg'), { recursive: true });
    served = await startServe([], dir);
    await importArticle(served.url, seedText, 'Xi Jinping on innovation');
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on(
      'console',
      (msg) => msg.type() === 'error' && /Content Security Policy/.test(msg.text()) && pageErrors.push(msg.text()),
    );
    // The whole graph (budget 0, entities related to nothing included), not the overview: these checks
    // compare the page with the API's graph.
    await page.goto(`${served.url}#budget=0&isolated=1`);
    await page.waitForSelector('body[data-ready="true"]');
  }, 120_000);

  afterAll(() => tearDown(browser, served, dir));

  test('the graph renders: nodes from the API, ink on the canvas', async () => {
    const api = await (await fetch(`${served.url}api/graph`)).json();
    expect(api.nodes.length).toBeGreaterThan(5);
    expect(await order()).toBe(api.nodes.length);
    expect(await inkRatio(page)).toBeGreaterThan(0.0005); // a blank canvas gives 0
    if (process.env.KG_SCREENSHOT) await page.screenshot({ path: process.env.KG_SCREENSHOT });
  });

  test('hovering a node keeps its neighbourhood and dims the rest', async () => {
    type Sig = {
      sigma: {
        getNodeDisplayData(id: string): { x: number; y: number; color: string } | undefined;
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      };
      graph: { nodes(): string[]; areNeighbors(a: string, b: string): boolean; degree(n: string): number };
    };
    const pick = await page.evaluate(() => {
      const v = (window as unknown as { __kgViewer: Sig }).__kgViewer;
      const nodes = v.graph.nodes();
      const target = [...nodes].sort((a, b) => v.graph.degree(b) - v.graph.degree(a))[0];
      const other = nodes.find((n) => n !== target && !v.graph.areNeighbors(n, target)) as string;
      const d = v.sigma.getNodeDisplayData(target) as { x: number; y: number };
      return { target, other, at: v.sigma.framedGraphToViewport(d), colour: v.sigma.getNodeDisplayData(other)?.color };
    });
    const colourOf = (id: string) =>
      page.evaluate(
        (n) => (window as unknown as { __kgViewer: Sig }).__kgViewer.sigma.getNodeDisplayData(n)?.color,
        id,
      );
    const box = (await page.locator('#graph').boundingBox()) as { x: number; y: number };
    await page.mouse.move(box.x + pick.at.x, box.y + pick.at.y);
    await page.waitForFunction(
      ([n, c]) =>
        (window as unknown as { __kgViewer: Sig }).__kgViewer.sigma.getNodeDisplayData(n as string)?.color !== c,
      [pick.other, pick.colour],
    );
    expect(await colourOf(pick.other)).toBe('#e3e3e3');
    expect(await colourOf(pick.target)).not.toBe('#e3e3e3');
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.waitForFunction(
      ([n, c]) =>
        (window as unknown as { __kgViewer: Sig }).__kgViewer.sigma.getNodeDisplayData(n as string)?.color === c,
      [pick.other, pick.colour],
    );
  });

  test('search finds "Xi Jinping"; the panel shows LEADS → China with its evidence sentence', async () => {
    await page.fill('#search', 'Xi Jin');
    const hit = page.locator('#search-hits li', { hasText: 'Xi Jinping' }).first();
    await hit.waitFor();
    await hit.click();
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Xi Jinping');
    const relation = page.locator('#details section[data-type="LEADS"] li.relation', {
      has: page.locator('.entity-link', { hasText: /^China$/ }),
    });
    await relation.waitFor({ timeout: 5000 });
    const sentence = (await relation.locator('q.sentence').first().textContent()) ?? '';
    expect(sentence).toContain('China');
    expect(seedText.replace(/\s+/g, ' ')).toContain(sentence.replace(/\s+/g, ' ').trim());
    // The URL is written on a short debounce after the selection.
    await page.waitForFunction(() => location.hash.includes('node='), undefined, { timeout: 5000 });
    expect(await page.evaluate(() => location.hash)).toContain('node=');
  });

  test('clicking a neighbour moves the panel there', async () => {
    const link = page.locator('#details .relation .entity-link').first();
    await link.waitFor({ timeout: 5000 });
    const name = await link.textContent();
    const before = await page.evaluate(() => location.hash);
    await link.click();
    await page.waitForFunction((n) => document.querySelector('#details h2')?.textContent === n, name);
    await page.waitForFunction((h) => location.hash !== h && location.hash.includes('node='), before);
  });

  test('clicking an edge shows its evidence', async () => {
    const edgeId = await page.evaluate(() => {
      const v = (
        window as unknown as {
          __kgViewer: { graph: { edges(): string[] }; sigma: { emit(e: string, p: unknown): void } };
        }
      ).__kgViewer;
      const id = v.graph.edges()[0];
      v.sigma.emit('clickEdge', { edge: id });
      return id;
    });
    expect(edgeId).toBeTruthy();
    // The previous test's node panel also lists evidence: wait for the edge's own heading first.
    const type = edgeId.split('|')[1];
    await page.locator('#details h2', { hasText: type }).waitFor();
    await page.locator('#details .evidence-list q.sentence').first().waitFor();
    expect(await page.locator('#details h2').textContent()).toContain(type);
  });

  test('a slow answer for an earlier click does not replace the panel of a later one', async () => {
    await page.route('**/api/entities/**', async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    try {
      const edgeId = await page.evaluate(() => {
        const v = (
          window as unknown as {
            __kgViewer: {
              graph: { nodes(): string[]; edges(): string[] };
              sigma: { emit(e: string, p: unknown): void };
            };
          }
        ).__kgViewer;
        v.sigma.emit('clickNode', { node: v.graph.nodes()[0] });
        const id = v.graph.edges()[0];
        v.sigma.emit('clickEdge', { edge: id });
        return id;
      });
      await page.locator('#details .evidence-list').waitFor();
      await page.waitForTimeout(900); // the entity answer has arrived by now
      expect(await page.locator('#details h2').textContent()).toContain(edgeId.split('|')[1]);
    } finally {
      await page.unroute('**/api/entities/**');
    }
  });

  test('filters hide a type; the URL keeps the view and restores it on reload', async () => {
    const hit = (await (await fetch(`${served.url}api/search?q=Xi%20Jinping`)).json()).hits.find(
      (h: { name: string }) => h.name === 'Xi Jinping',
    );
    const typeBox = page.locator(`#filters input[name="type"][value="${hit.type}"]`);
    const hidden = () =>
      page.evaluate(
        (id) =>
          (
            window as unknown as {
              __kgViewer: { sigma: { getNodeDisplayData(id: string): { hidden?: boolean } | undefined } };
            }
          ).__kgViewer.sigma.getNodeDisplayData(id)?.hidden ?? false,
        hit.id,
      );
    await openSection(page, '#filters');
    expect(await hidden()).toBe(false);
    await typeBox.uncheck();
    await page.waitForFunction((t) => location.hash.includes(`hideTypes=${t}`), hit.type);
    expect(await hidden()).toBe(true);
    await page.evaluate(
      ([id, t]) => (location.hash = `budget=0&isolated=1&node=${encodeURIComponent(id)}&hideTypes=${t}`),
      [hit.id, hit.type],
    );
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Xi Jinping');
    expect(await hidden()).toBe(true);
    await openSection(page, '#filters');
    await typeBox.check();
    expect(await hidden()).toBe(false);
  });

  test('PNG export downloads a snapshot of the view; JSON/GEXF/GraphML exports download the graph', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#export button[name="export-png"]'),
    ]);
    expect(download.suggestedFilename()).toBe('knowledge-graph.png');
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);
    const res = await fetch(`${served.url}api/export?format=json`);
    expect(res.status).toBe(200);
    // The export holds the graph's entities and its claims (Claim nodes, which the page draws as edges).
    const nodes = (await res.json()).nodes as Array<{ attributes: { type: string } }>;
    const stats = await (await fetch(`${served.url}api/stats`)).json();
    expect(nodes.filter((n) => n.attributes.type !== 'Claim').length).toBe(await order());
    expect(nodes.filter((n) => n.attributes.type === 'Claim').length).toBe(stats.claims);
    for (const [format, root] of [
      ['gexf', '<gexf'],
      ['graphml', '<graphml'],
    ]) {
      const xml = await fetch(`${served.url}api/export?format=${format}`);
      expect(xml.status).toBe(200);
      expect(xml.headers.get('content-disposition')).toBe(`attachment; filename="knowledge-graph.${format}"`);
      expect(await xml.text()).toContain(root);
    }
  });

  test('importing a second article: dry-run diff, confirm, new nodes appear in place', async () => {
    const before = await order();
    await openSection(page, '#import');
    await page.fill(
      '#import textarea[name="article"]',
      readFileSync(path.join(FIXTURES, 'second-article.txt'), 'utf8'),
    );
    await page.fill('#import input[name="title"]', 'Merkel meets Macron');
    await page.click('#import button[name="preview"]');
    const summary = page.locator('#import .import-out summary', { hasText: 'New entities' });
    await summary.waitFor();
    const planned = Number(/(\d+)$/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(planned).toBeGreaterThan(0);
    // The preview names things: the document by its title, relation ends by entity name (not raw ids).
    await expect(page.locator('#import .import-out > .muted').first().textContent()).resolves.toBe(
      'Document: Merkel meets Macron (new)',
    );
    const listed = async (title: string) =>
      page.locator('#import .import-out details', { hasText: title }).locator('li:not(.muted)').allTextContents();
    const names = [...(await listed('New entities')), ...(await listed('Merged into existing'))].map((t) =>
      t.replace(/ \([A-Za-z]+\)$/, ''),
    );
    const relations = await listed('New relations');
    expect(relations.length).toBeGreaterThan(0);
    for (const rel of relations) {
      expect(names.some((n) => rel.startsWith(`${n} `))).toBe(true);
      expect(names.some((n) => rel.endsWith(` ${n}`))).toBe(true);
    }
    expect(await order()).toBe(before); // a dry run changes nothing
    await page.click('#import button[name="import"]');
    await page.locator('#import .ok').waitFor();
    await page.waitForFunction((n) => (window as unknown as KgWindow).__kgViewer.graph.order > n, before);
    expect(await order()).toBe(before + planned);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/\d+ new/);
  });

  test('an article carrying <script> and onerror= stays inert text', async () => {
    const title = `Ardern <img src=x onerror="window.__kgXss='title'"> visit`;
    await page.fill('#import textarea[name="article"]', readFileSync(path.join(FIXTURES, 'xss-article.txt'), 'utf8'));
    await page.fill('#import input[name="title"]', title);
    await page.click('#import button[name="preview"]');
    await page.locator('#import button[name="import"]:not([disabled])').waitFor();
    await page.click('#import button[name="import"]');
    await page.locator('#import .ok').waitFor();
    await openSection(page, '#filters');
    const option = page.locator('#filters select[name="documents"] option', { hasText: 'Ardern' });
    await expect(option.textContent()).resolves.toBe(title);
    await page.fill('#search', 'Ardern');
    const hit = page.locator('#search-hits li', { hasText: 'Ardern' }).first();
    await hit.waitFor();
    await hit.click();
    await page.locator('#details .docs li', { hasText: 'Ardern' }).waitFor();
    await expect(page.locator('#details .docs li', { hasText: 'Ardern' }).first().textContent()).resolves.toContain(
      '<img src=x onerror=',
    );
    expect(await page.locator('img, script:not([type="module"])').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as KgWindow).__kgXss)).toBeUndefined();
  });

  test('the source-document filter reloads the graph with only that article', async () => {
    const docs = (await (await fetch(`${served.url}api/documents?q=merkel`)).json()).documents as Array<{
      id: string;
      title?: string;
    }>;
    const merkel = docs.find((d) => d.title === 'Merkel meets Macron') as { id: string };
    const expected = (await (await fetch(`${served.url}api/graph?documents=${encodeURIComponent(merkel.id)}`)).json())
      .nodes.length;
    const all = await order();
    expect(expected).toBeLessThan(all);
    // The list is narrowed by the server (GET /api/documents?q=…).
    await page.fill('#filters input[name="documents-filter"]', 'merkel meets');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('#filters select[name="documents"] option')]
          .map((o) => o.textContent)
          .join('|') === 'Merkel meets Macron',
    );
    await page.locator('#filters select[name="documents"]').selectOption(merkel.id);
    await page.waitForFunction((n) => (window as unknown as KgWindow).__kgViewer.graph.order === n, expected);
    await page.waitForFunction((d) => location.hash.includes(`docs=${encodeURIComponent(d)}`), merkel.id);
    await page.locator('#filters select[name="documents"]').selectOption([]);
    await page.waitForFunction((n) => (window as unknown as KgWindow).__kgViewer.graph.order === n, all);
    await page.fill('#filters input[name="documents-filter"]', '');
  });

  test('colour by type (community is the default) and size by PageRank toggles restyle the nodes and the legend', async () => {
    type Sig = {
      __kgViewer: { graph: { getNodeAttributes(id: string): { color: string; size: number }; nodes(): string[] } };
    };
    const look = () =>
      page.evaluate(() => {
        const g = (window as unknown as Sig).__kgViewer.graph;
        return g
          .nodes()
          .map((n) => `${g.getNodeAttributes(n).color}/${g.getNodeAttributes(n).size.toFixed(2)}`)
          .join(',');
      });
    const before = await look();
    expect(await page.isChecked('#color-community')).toBe(true);
    await expect(page.locator('#legend h3').first().textContent()).resolves.toBe('Communities');
    await page.uncheck('#color-community');
    await expect(page.locator('#legend h3').first().textContent()).resolves.toBe('Entity types');
    await page.check('#size-pagerank');
    expect(await look()).not.toBe(before);
    await page.waitForFunction(() => /color=type.*size=pagerank/.test(location.hash));
    await page.check('#color-community');
    await page.uncheck('#size-pagerank');
    expect(await look()).toBe(before);
    await page.waitForFunction(() => !/color=|size=/.test(location.hash));
  });

  test('ForceAtlas2 runs in a web worker and stops on demand', async () => {
    const positions = () =>
      page.evaluate(() => {
        const g = (
          window as unknown as {
            __kgViewer: { graph: { nodes(): string[]; getNodeAttributes(n: string): { x: number; y: number } } };
          }
        ).__kgViewer.graph;
        return g
          .nodes()
          .map((n) => `${g.getNodeAttributes(n).x.toFixed(3)},${g.getNodeAttributes(n).y.toFixed(3)}`)
          .join(';');
      });
    const before = await positions();
    await page.click('#layout');
    await expect(page.locator('#layout').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.waitForFunction((b) => {
      const g = (
        window as unknown as {
          __kgViewer: { graph: { nodes(): string[]; getNodeAttributes(n: string): { x: number; y: number } } };
        }
      ).__kgViewer.graph;
      return (
        g
          .nodes()
          .map((n) => `${g.getNodeAttributes(n).x.toFixed(3)},${g.getNodeAttributes(n).y.toFixed(3)}`)
          .join(';') !== b
      );
    }, before);
    await page.click('#layout');
    await expect(page.locator('#layout').textContent()).resolves.toBe('Start layout');
    const stopped = await positions();
    await page.waitForTimeout(300);
    expect(await positions()).toBe(stopped);
  });

  test('no page errors or blocked resources along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
