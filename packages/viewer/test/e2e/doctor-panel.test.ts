// End to end (built `kg serve`, embedded store, headless Chromium): the identity check lists what
// /api/doctor reports — names held by more than one node, type conflicts with their votes, each with its
// fix — and a node's name there shows its details. Articles written for this test: one town read as an
// organisation once and as a place twice, so the store holds a type conflict whatever else it holds.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DoctorReport } from '@kg/graph';
import type { Browser, Page } from 'playwright-core';
import { chromiumMissing, launch } from './browser.js';
import { builtCliMissing, importArticle, startServe, type Served, tearDown } from './kg-serve.js';

const missing = chromiumMissing() ?? builtCliMissing();
if (missing) console.warn(`viewer doctor e2e skipped: ${missing}`);
const maybe = missing ? describe.skip : describe;

const ARTICLES = [
  'Workers at Korvenby rallied on Friday.',
  'Officials in the city of Korvenby said the plant would close.',
  'Snow fell in the city of Korvenby on Sunday.',
];

maybe('the identity check in the viewer (embedded store)', () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  let page: Page;
  let report: DoctorReport;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-doctor-e2e-'));
    served = await startServe([], dir);
    for (const [i, text] of ARTICLES.entries()) await importArticle(served.url, text, `Korvenby ${i + 1}`);
    const res = await fetch(`${served.url}api/doctor`);
    expect(res.status).toBe(200);
    report = (await res.json()) as DoctorReport;
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await page.goto(served.url);
    await page.waitForSelector('body[data-ready="true"]');
  }, 180_000);
  afterAll(() => tearDown(browser, served, dir));

  test('/api/doctor refuses a bad limit with one message', async () => {
    const res = await fetch(`${served.url}api/doctor?limit=0`);
    expect(res.status).toBe(400);
    expect(Object.keys(await res.json())).toEqual(['error']);
  });

  test('the panel shows the report: duplicates and type conflicts with votes and fixes', async () => {
    const town = report.typeConflicts.find((c) => c.node.name === 'Korvenby');
    expect(town?.votes).toEqual({ Organization: { strong: 0, weak: 1 }, Place: { strong: 0, weak: 2 } });
    await page.click('#doctor-section summary');
    await page.waitForSelector('#doctor li[data-kind="type-conflict"]');
    const shown = (kind: string) =>
      page.locator(`#doctor li[data-kind="${kind}"]`).evaluateAll((items) =>
        items.map((li) => ({
          nodes: [...li.querySelectorAll('button[name="doctor-node"]')].map((b) => b.getAttribute('data-id')),
          votes: li.querySelector('.votes')?.textContent ?? null,
          fix: li.querySelector('code')?.textContent,
        })),
      );
    expect(await shown('type-conflict')).toEqual(
      report.typeConflicts.map((c) => ({
        nodes: [c.node.id],
        votes: Object.entries(c.votes)
          .map(([t, v]) => `${t} ${v.strong}/${v.weak}`)
          .join(', '),
        fix: c.fix,
      })),
    );
    expect(await shown('duplicate')).toEqual(
      report.duplicates.map((d) => ({ nodes: d.nodes.map((n) => n.id), votes: null, fix: d.fix })),
    );
  });

  test("a node's name in the panel shows its details", async () => {
    const town = report.typeConflicts.find((c) => c.node.name === 'Korvenby')!;
    await page.click(`#doctor li[data-kind="type-conflict"] button[data-id="${town.node.id}"]`);
    await page.waitForFunction(
      (name) => document.querySelector('#details h2')?.textContent?.includes(name),
      town.node.name,
    );
  });
});
