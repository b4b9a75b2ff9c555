// End to end: "How are two entities connected?" — pick two entities, see the shortest paths the API
// finds, each hop with its sentence, the path highlighted in the graph (added to the view when the
// overview left it out) with its labels placed like every other (never over one another), and the URL
// bringing the same paths back.
// KG_E2E_BASE=<a .kg folder> runs the same checks on a copy of that store (e.g. `pnpm scale:store`'s).
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLAIM_EDGE_TYPE } from '@kg/graph';
import type { Browser, Page } from 'playwright-core';
import { chromiumMissing, launch } from './browser.js';
import { expectNoOverlap, type Box } from './label-boxes.js';
import { REPO, SEED, builtCliMissing, importArticle, startServe, type Served, tearDown } from './kg-serve.js';

const missing = chromiumMissing() ?? builtCliMissing();
if (missing) console.warn(`viewer path e2e skipped: ${missing}`);
const maybe = missing ? describe.skip : describe;
const BASE = process.env.KG_E2E_BASE;

interface Snapshot {
  nodes: Array<{ id: string; name: string }>;
  edges: Array<{ source: string; target: string; type: string }>;
}
type KgWindow = {
  __kgViewer: {
    graph: {
      hasNode(id: string): boolean;
      getNodeAttributes(id: string): { community?: number; color: string; pagerank: number };
    };
    sigma: {
      getNodeDisplayData(id: string): { highlighted?: boolean } | undefined;
      refresh(): void;
      getCamera(): { setState(s: { x: number; y: number; ratio: number }): void };
    };
    labelBoxes(): Box[];
  };
};

/**
 * Two entities exactly two relations apart in the stored graph (the test's own breadth-first search; a
 * claim's derived edge is no relation, and paths do not follow it).
 */
function twoHopPair(g: Snapshot): [string, string] {
  const adj = new Map<string, Set<string>>();
  for (const e of g.edges.filter((x) => x.type !== CLAIM_EDGE_TYPE && x.source !== x.target))
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ])
      adj.set(a, (adj.get(a) ?? new Set()).add(b));
  for (const [a, near] of adj)
    for (const b of near) for (const c of adj.get(b) ?? []) if (c !== a && !near.has(c)) return [a, c];
  throw new Error('path e2e: expected two entities two hops apart in the fixture articles');
}

maybe('the path finder (embedded store)', () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  let page: Page;
  let pair: [string, string];
  let names: Map<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-path-e2e-'));
    if (BASE) cpSync(BASE, path.join(dir, '.kg'), { recursive: true });
    served = await startServe([], dir);
    await importArticle(served.url, readFileSync(SEED, 'utf8'), 'Xi Jinping on innovation');
    const second = path.join(REPO, 'packages/viewer/test/fixtures/second-article.txt');
    await importArticle(served.url, readFileSync(second, 'utf8'), 'Merkel meets Macron');
    const g = (await (await fetch(`${served.url}api/graph`)).json()) as Snapshot;
    pair = twoHopPair(g);
    names = new Map(g.nodes.map((n) => [n.id, n.name]));
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    // Every text painted on a canvas, with the canvas's class (sigma-labels, sigma-hovers…).
    await page.addInitScript(() => {
      const texts: Array<{ layer: string; text: string }> = [];
      (window as unknown as { __kgTexts: typeof texts }).__kgTexts = texts;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, w?: number) {
        texts.push({ layer: this.canvas.className, text });
        return w === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, w);
      };
    });
    await page.goto(`${served.url}#budget=2`); // an overview too small to hold the whole path
    await page.waitForSelector('body[data-ready="true"]');
  }, 120_000);

  afterAll(() => tearDown(browser, served, dir));

  const param = async (k: string) => new URLSearchParams(await page.evaluate(() => location.hash.slice(1))).get(k);
  const pick = async (end: 'from' | 'to', id: string) => {
    await page.fill(`input[name="path-${end}"]`, names.get(id)!);
    await page.locator(`#path .hits li[data-id="${id.replace(/"/g, '\\"')}"]`).click();
  };

  test("picking two entities shows the API's shortest paths, each hop with its sentence", async () => {
    const api = await (
      await fetch(`${served.url}api/path?${new URLSearchParams({ from: pair[0], to: pair[1], k: '3' })}`)
    ).json();
    expect(api.paths.length).toBeGreaterThan(0);
    await page.click('#path-section summary');
    await pick('from', pair[0]);
    await pick('to', pair[1]);
    await page.click('#path button[name="connect"]');
    await page.locator('#path .path').first().waitFor();
    expect(await page.locator('#path .path').count()).toBe(api.paths.length);
    const hops = page.locator('#path .path').first().locator('.path-hops > li');
    expect(await hops.count()).toBe(2);
    expect(await hops.first().locator('.evidence .sentence').count()).toBe(1);
    const first = (await hops.first().locator('.entity-link').first().textContent()) ?? '';
    expect(first).toBe(names.get(pair[0]));
  });

  test('the path is drawn: its entities are in the graph and highlighted, even outside the overview', async () => {
    const nodes: string[] = (
      await (await fetch(`${served.url}api/path?${new URLSearchParams({ from: pair[0], to: pair[1] })}`)).json()
    ).paths[0].nodes;
    const shown = await page.evaluate((ids) => {
      const v = (window as unknown as KgWindow).__kgViewer;
      return ids.map((id) => v.graph.hasNode(id) && v.sigma.getNodeDisplayData(id)?.highlighted === true);
    }, nodes);
    expect(shown).toEqual(nodes.map(() => true));
  });

  test('the entities a path adds are coloured by their community and sized by PageRank, as in the overview', async () => {
    const body = await (
      await fetch(`${served.url}api/path?${new URLSearchParams({ from: pair[0], to: pair[1] })}`)
    ).json();
    const overview = (await (await fetch(`${served.url}api/graph`)).json()) as {
      nodes: Array<{ id: string; community?: number; pagerank?: number }>;
    };
    const expected = new Map(overview.nodes.map((n) => [n.id, [n.community, n.pagerank]]));
    const onPath: string[] = body.paths[0].nodes;
    const drawn = await page.evaluate((ids) => {
      const g = (window as unknown as KgWindow).__kgViewer.graph;
      return ids.map((id) => {
        const a = g.getNodeAttributes(id);
        return { id, is: [a.community, a.pagerank], grey: a.color === '#999999' };
      });
    }, onPath);
    // The overview of two entities left some of the path out: those came with the path.
    expect(onPath.length).toBeGreaterThan(2);
    expect(drawn).toEqual(onPath.map((id) => ({ id, is: expected.get(id), grey: false })));
  });

  test("the path's labels are placed with all others: none on the hover layer, none overlapping", async () => {
    const texts = await page.evaluate(async () => {
      const w = window as unknown as KgWindow & { __kgTexts: Array<{ layer: string; text: string }> };
      w.__kgTexts.splice(0);
      w.__kgViewer.sigma.refresh();
      await new Promise((r) => requestAnimationFrame(r));
      return w.__kgTexts;
    });
    // sigma's hover drawing painted a boxed label for every highlighted node on a layer above the others.
    expect(texts.filter((t) => t.layer === 'sigma-hovers')).toEqual([]);
    const painted = new Set(texts.filter((t) => t.layer === 'sigma-labels').map((t) => t.text));
    expect(painted.has(names.get(pair[0])!) || painted.has(names.get(pair[1])!)).toBe(true);
    expectNoOverlap(await page.evaluate(() => (window as unknown as KgWindow).__kgViewer.labelBoxes()));
  });

  test("with one of the path's entities selected, every entity of the path is still labelled, no two labels overlap", async () => {
    const api = await (
      await fetch(`${served.url}api/path?${new URLSearchParams({ from: pair[0], to: pair[1], k: '3' })}`)
    ).json();
    const onPath = [...new Set<string>(api.paths.flatMap((p: { nodes: string[] }) => p.nodes))];
    // The path's far end is chosen in the panel: its neighbourhood is in front, the rest dimmed, and the
    // path's entities that are not its neighbours lost their labels with the rest.
    await page
      .locator('#path .path .entity-link', { hasText: names.get(pair[1])! })
      .first()
      .click();
    await page.waitForFunction((id) => location.hash.includes(`node=${encodeURIComponent(id)}`), pair[1]);
    const boxes = await page.evaluate(async () => {
      const v = (window as unknown as KgWindow).__kgViewer;
      await new Promise((r) => setTimeout(r, 500)); // the camera's move to the selection
      v.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1 }); // the whole graph, every node on screen
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return v.labelBoxes();
    });
    expect(onPath.filter((id) => !boxes.some((b) => b.node === id))).toEqual([]);
    expectNoOverlap(boxes);
  });

  test('the URL keeps the pair and opening it shows the same paths', async () => {
    await page.waitForFunction(() => location.hash.includes('path='));
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.locator('#path .path').first().waitFor();
    expect(await page.inputValue('input[name="path-from"]')).toBe(names.get(pair[0]));
    expect(await page.inputValue('input[name="path-to"]')).toBe(names.get(pair[1]));
  });

  test('the paths stay drawn when the view changes; "Clear" removes them; back and forward bring each state back', async () => {
    const api = await (
      await fetch(`${served.url}api/path?${new URLSearchParams({ from: pair[0], to: pair[1] })}`)
    ).json();
    const onPath = [...new Set<string>(api.paths.flatMap((p: { nodes: string[] }) => p.nodes))];
    /** Waits until every entity of the paths is drawn and highlighted (`lit`), or none is highlighted. */
    const pathDrawn = async (lit: boolean) => {
      const check = (a: { ids: string[]; lit: boolean }) => {
        const v = (window as unknown as KgWindow).__kgViewer;
        return a.ids.every((id) =>
          a.lit
            ? v.graph.hasNode(id) && v.sigma.getNodeDisplayData(id)?.highlighted === true
            : !v.graph.hasNode(id) || v.sigma.getNodeDisplayData(id)?.highlighted !== true,
        );
      };
      await page.waitForFunction(check, { ids: onPath, lit }, { timeout: 10_000 }).catch(() => undefined);
      expect(await page.evaluate(check, { ids: onPath, lit })).toBe(true);
      expect(await page.locator('#path .path').count()).toBe(lit ? api.paths.length : 0);
    };
    expect(await param('budget')).toBe('2');
    await pathDrawn(true);
    // "show more" draws another overview, which leaves some of the path out again: the path stays drawn.
    const four = (await (await fetch(`${served.url}api/graph?budget=4&isolated=false`)).json()) as Snapshot;
    expect(onPath.filter((id) => !four.nodes.some((n) => n.id === id)).length).toBeGreaterThan(0);
    await page.locator('#budget-line button[data-budget="4"]').click();
    await page.waitForFunction(() => location.hash.includes('budget=4'));
    await pathDrawn(true);
    await page.click('#path button[name="clear-path"]');
    await page.waitForFunction(() => !location.hash.includes('path='));
    await pathDrawn(false);
    expect(await page.inputValue('input[name="path-from"]')).toBe('');
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('path=') && location.hash.includes('budget=4'));
    await pathDrawn(true);
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('path=') && location.hash.includes('budget=2'));
    await pathDrawn(true);
    await page.goForward();
    await page.goForward();
    await page.waitForFunction(() => !location.hash.includes('path=') && location.hash.includes('budget=4'));
    await pathDrawn(false);
  });
});
