// End to end: `kg serve` with KG_TOKEN in Chromium — the page asks for the token once, a wrong one is
// refused and asked again, the right one opens the graph and is remembered; downloads carry it too.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumMissing, launch } from './browser.js';
import { SEED, builtCliMissing, startServe, type Served, tearDown } from './kg-serve.js';

const missing = chromiumMissing() ?? builtCliMissing();
if (missing) console.warn(`access token e2e skipped: ${missing}`);
const maybe = missing ? describe.skip : describe;
const TOKEN = 'e2e-token-0123456789abcdef';

maybe('kg serve with KG_TOKEN in the browser', () => {
  let dir: string;
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-viewer-token-'));
    served = await startServe([], dir, { KG_TOKEN: TOKEN });
    const res = await fetch(`${served.url}api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: readFileSync(SEED, 'utf8'), title: 'Seed' }),
    });
    expect(res.status).toBe(200);
    browser = await launch();
  }, 120_000);

  afterAll(() => tearDown(browser, served, dir));

  test('asks once, refuses a wrong token, remembers the right one', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    await page.goto(served.url);
    const form = page.locator('#token-form');
    await form.waitFor();
    expect(await page.evaluate(() => document.body.dataset.ready)).toBeUndefined();
    await form.locator('input[name="token"]').fill('not-the-token-at-all');
    await form.locator('button[type="submit"]').click();
    await page.locator('#token-form p', { hasText: 'was refused' }).waitFor();
    await form.locator('input[name="token"]').fill(TOKEN);
    await form.locator('button[type="submit"]').click();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.evaluate(() => (window as any).__kgViewer.graph.order)).toBeGreaterThan(5);
    expect(await form.count()).toBe(0);

    const download = page.waitForEvent('download');
    await page.click('button[name="export-json"]');
    expect(JSON.parse(readFileSync(await (await download).path(), 'utf8')).nodes.length).toBeGreaterThan(5);

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await form.count()).toBe(0);
    await context.close();
  });
});
