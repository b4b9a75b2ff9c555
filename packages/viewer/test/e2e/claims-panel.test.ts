// End to end (built `kg serve`, embedded store, headless Chromium): the entity panel shows what an entity
// said and what was said about it, the claimed words marked in their sentence; the CLAIMED_ABOUT edges are
// drawn and the relationship-type filter hides and shows them like any relation. What the page must show is
// read from the API, so the test checks the page against the store, whatever the extractor made of the
// article (it must have made at least one quoted and one reported claim).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ClaimView, EntityDetails, GraphSnapshot } from '@kg/graph';
import type { Browser, Page } from 'playwright-core';
import { chromiumMissing, launch } from './browser.js';
import { builtCliMissing, importArticle, startServe, type Served, tearDown } from './kg-serve.js';

const missing = chromiumMissing() ?? builtCliMissing();
if (missing) console.warn(`viewer claims e2e skipped: ${missing}`);
const maybe = missing ? describe.skip : describe;

const ARTICLE = `Contract dispute in Springfield

Acme Corporation sued Beta Industries in Springfield on Monday.

"Beta Industries broke the contract with Acme Corporation," Jane Doe said.

Beta Industries denied that it owed Acme Corporation any money.

John Smith, a spokesman for Beta Industries, said that Acme Corporation had missed every deadline.
`;

type KgWindow = {
  __kgViewer: { sigma: { getEdgeDisplayData(id: string): { hidden?: boolean } | undefined } };
};

maybe('claims in the viewer (embedded store)', () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  let page: Page;
  const get = async <T>(route: string): Promise<T> => (await fetch(`${served.url}api/${route}`)).json() as Promise<T>;
  const entity = (id: string) => get<EntityDetails>(`entities/${encodeURIComponent(id)}`);
  /** A fresh page on the whole graph (a hash change alone would not reload it), with `id`'s panel open. */
  const open = async (id?: string) => {
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await page.goto(`${served.url}#budget=0&isolated=1${id ? `&node=${encodeURIComponent(id)}` : ''}`);
    await page.waitForSelector('body[data-ready="true"]');
    if (id) await page.waitForSelector('#details h2');
    await page.waitForFunction(() => !document.querySelector('#details')?.hasAttribute('aria-busy'));
  };
  /** The page's claim items of one section, as [head, whole sentence, marked words, marked as a quote]. */
  const shown = (side: 'said' | 'saidAbout') =>
    page.locator(`#details section.claims[data-side="${side}"] li.claim`).evaluateAll((items) =>
      items.map((li) => {
        const mark = li.querySelector('mark.claim')!;
        return [
          li.querySelector('.claim-head')!.textContent,
          li.querySelector('q.sentence')!.textContent,
          mark.textContent,
          mark.classList.contains('quote'),
        ];
      }),
    );
  const expected = (claims: ClaimView[]) =>
    claims.map((c) => [c.sentence.text, c.sentence.text.slice(c.content.start, c.content.end), c.quote]);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kg-claims-e2e-'));
    served = await startServe([], dir);
    // A Wednesday: "on Monday" is two days before.
    await importArticle(served.url, ARTICLE, 'Contract dispute', '2024-05-01');
    browser = await launch();
  }, 120_000);

  afterAll(() => tearDown(browser, served, dir));

  test('a speaker’s panel lists what it said, the claimed words marked in the sentence', async () => {
    const claims = (await get<{ nodes: Array<{ id: string }> }>('graph')).nodes.map((n) => n.id);
    const details = await Promise.all(claims.map(entity));
    const speaker = details.find((d) => d.said.some((c) => c.quote))!;
    expect(speaker).toBeDefined();
    await open(speaker.node.id);
    const items = await shown('said');
    expect(items.map((i) => i.slice(1))).toEqual(expected(speaker.said));
    expect(await page.textContent('#details section.claims[data-side="said"] h3')).toBe(
      `Said (${speaker.said.length})`,
    );
    // Each head names the verb and what the claim is about.
    speaker.said.forEach((c, i) => {
      expect(items[i][0]).toContain(c.verb);
      for (const a of c.about) expect(items[i][0]).toContain(a.name);
    });
    expect(await page.locator('#details section.claims[data-side="saidAbout"]').count()).toBe(
      speaker.saidAbout.length ? 1 : 0,
    );
  });

  test('an entity’s panel lists what was said about it; a speaker’s name opens the speaker’s panel', async () => {
    const nodes = (await get<{ nodes: Array<{ id: string }> }>('graph')).nodes.map((n) => n.id);
    const details = await Promise.all(nodes.map(entity));
    const topic = details.sort((a, b) => b.saidAbout.length - a.saidAbout.length)[0];
    expect(topic.saidAbout.length).toBeGreaterThanOrEqual(2);
    await open(topic.node.id);
    const items = await shown('saidAbout');
    expect(items.map((i) => i.slice(1))).toEqual(expected(topic.saidAbout));
    topic.saidAbout.forEach((c, i) => expect(items[i][0]).toMatch(new RegExp(`^${c.speaker.name} ${c.verb}`)));
    const first = topic.saidAbout[0].speaker;
    await page
      .locator(`#details section.claims[data-side="saidAbout"] li.claim .claim-head button[data-id="${first.id}"]`)
      .first()
      .click();
    await page.waitForFunction((name) => document.querySelector('#details h2')?.textContent === name, first.name);
    expect(await page.locator('#details section.claims[data-side="said"] li.claim').count()).toBeGreaterThan(0);
  });

  test('CLAIMED_ABOUT edges are drawn, and the relationship-type filter hides and shows them', async () => {
    const graph = await get<GraphSnapshot>('graph');
    const claimEdge = graph.edges.find((e) => e.type === 'CLAIMED_ABOUT')!;
    const other = graph.edges.find((e) => e.type !== 'CLAIMED_ABOUT')!;
    expect([claimEdge, other].every(Boolean)).toBe(true);
    await open();
    const hidden = (id: string) =>
      page.evaluate((e) => (window as unknown as KgWindow).__kgViewer.sigma.getEdgeDisplayData(e)?.hidden ?? false, id);
    expect([await hidden(claimEdge.id), await hidden(other.id)]).toEqual([false, false]);
    await page.evaluate(
      () => ((document.querySelector('#filters')?.closest('details') as HTMLDetailsElement).open = true),
    );
    const box = page.locator('#filters input[name="rel"][value="CLAIMED_ABOUT"]');
    await box.uncheck();
    await page.waitForFunction(() => location.hash.includes('hideRels=CLAIMED_ABOUT'));
    expect([await hidden(claimEdge.id), await hidden(other.id)]).toEqual([true, false]);
    await box.check();
    expect([await hidden(claimEdge.id), await hidden(other.id)]).toEqual([false, false]);
  });

  test('an evidence sentence says when it happened, as the store resolved it against the article date', async () => {
    const ids = (await get<GraphSnapshot>('graph')).nodes.map((n) => n.id);
    const details = await Promise.all(ids.map(entity));
    const timed = details.flatMap((d) =>
      d.relations.flatMap((r) => r.evidence.filter((e) => e.time).map((e) => ({ id: d.node.id, e }))),
    );
    expect(timed.map((t) => t.e.time)).toContainEqual({ text: 'on Monday', value: '2024-04-29' });
    await open(timed[0].id);
    const sources = await page.locator('#details li.evidence .source').allTextContents();
    expect(sources.some((s) => s.endsWith('· on Monday → 2024-04-29'))).toBe(true);
  });
});
