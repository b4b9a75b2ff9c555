// End to end: `kg serve --neo4j` against the real Neo4j of jest's global setup; the Cypher console in Chromium.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumMissing, launch } from './browser.js';
import { SEED, builtCliMissing, importArticle, startServe, type Served, tearDown } from './kg-serve.js';

const missing = chromiumMissing() ?? builtCliMissing();
if (missing) console.warn(`cypher console e2e skipped: ${missing}`);
const maybe = missing ? describe.skip : describe;

maybe('Cypher console over kg serve --neo4j', () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const uri = process.env.NEO4J_URI;
    if (!uri) throw new Error('cypher console e2e: expected NEO4J_URI from jest global setup');
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-viewer-cypher-'));
    served = await startServe(['--neo4j', uri], dir);
    await importArticle(served.url, readFileSync(SEED, 'utf8'), 'Xi Jinping on innovation');
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await page.goto(served.url);
    await page.waitForSelector('body[data-ready="true"]');
  }, 120_000);

  afterAll(() => tearDown(browser, served, dir));

  test('a query returns rows in the table and highlights its nodes and relationships', async () => {
    await page.click('#cypher-section summary');
    await page.fill(
      '#cypher textarea[name="cypher"]',
      'MATCH (a:Entity) WHERE a.name = "Xi Jinping" OPTIONAL MATCH (a)-[r]-(b:Entity) RETURN a.name AS who, type(r) AS rel, b.name AS other, a, r, b LIMIT 25',
    );
    await page.click('#cypher button[name="run"]');
    await page.locator('#query-drawer table.results tbody tr').first().waitFor();
    const rows = await page.locator('#query-drawer table.results tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    await expect(page.locator('#query-drawer table.results tbody tr td').first().textContent()).resolves.toBe(
      'Xi Jinping',
    );
    const note = (await page.locator('#query-drawer .query-out > .muted').textContent()) ?? '';
    expect(note).toMatch(/highlighted [1-9]\d* node/);
  });

  test('results open in a drawer as wide as the graph, not in the 300 px side panel, and it closes', async () => {
    const drawer = await page.locator('#query-drawer').boundingBox();
    const graph = await page.locator('#graph').boundingBox();
    const side = await page.locator('aside.left').boundingBox();
    expect(drawer!.width).toBeCloseTo(graph!.width, 0);
    expect(drawer!.width).toBeGreaterThan(2 * side!.width);
    expect(drawer!.y + drawer!.height).toBeCloseTo(graph!.y + graph!.height, 0);
    await page.click('#query-drawer-close');
    await expect(page.locator('#query-drawer').isHidden()).resolves.toBe(true);
  });

  test('a write is refused by the read transaction with a JSON error shown in the console', async () => {
    await page.fill('#cypher textarea[name="cypher"]', 'CREATE (x:Intruder) RETURN x');
    await page.click('#cypher button[name="run"]');
    await page.locator('#query-drawer .error').waitFor();
    const res = await fetch(`${served.url}api/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cypher: 'MATCH (x:Intruder) RETURN count(x) AS n' }),
    });
    expect((await res.json()).rows).toEqual([[0]]);
    // Both queries are in the history, newest first, after the placeholder entry.
    const history = await page.locator('#cypher select[name="history"] option').allTextContents();
    expect(history.slice(1, 3)).toEqual(['CREATE (x:Intruder) RETURN x', expect.stringMatching(/^MATCH \(a:Entity\)/)]);
  });

  test('LOAD CSV of a local file is refused with 403 and a message saying why', async () => {
    const res = await fetch(`${served.url}api/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cypher: "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 2" }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: 'query: checkReadOnlyCypher: LOAD CSV reads files and URLs; it is refused in read-only queries',
    });
  });
});
