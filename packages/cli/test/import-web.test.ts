// `kg import` of URLs and feeds against a real HTTP server on 127.0.0.1 started here (no network): one
// document per story whichever way it arrives (its URL, a feed item, a saved page), and a failed item
// (404, timeout, oversized, redirect loop, not an article) named on one line while the rest go on.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { EXIT } from '../src/cli-error.js';
import { runCli, storedRows } from './run-cli.js';

let server: Server;
let base = '';
const waiting = new Set<() => void>();
const requests: string[] = [];

function storyPage(slug: string, headline: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${headline} | Daily Planet</title>
<link rel="canonical" href="${base}/news/${slug}?utm_source=web">
<meta property="og:site_name" content="Daily Planet">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","datePublished":"2024-03-05T08:00:00+01:00"}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${headline}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>Subscribe to the Daily Planet.</footer></body></html>`;
}

const STORM = () =>
  storyPage('storm', 'Storm hits Paris', [
    'A violent storm hit Paris on Monday, the mayor Anne Hidalgo said. Trees fell across the city and the Seine rose by two metres overnight.',
    'Météo-France had warned of winds above 120 km/h. Schools in the capital were closed on Tuesday, and the RATP suspended several metro lines.',
  ]);
const RAIL = () =>
  storyPage('rail', 'Rail strike in Germany', [
    'Deutsche Bahn cancelled trains between Frankfurt and Cologne on Tuesday after the union GDL called a strike. Claus Weselsky, the leader of GDL, said the strike would last two days.',
    'Commuters in Berlin and Munich were also affected, the company said in a statement on its website.',
  ]);

function feed(links: string[]): string {
  const items = links.map(
    (
      l,
      i,
    ) => `<item><title>Item ${i + 1}</title><link>${base}${l}</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
      <description>Anne Hidalgo spoke in Paris on item ${i + 1}.</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Daily Planet</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const send = (type: string, body: string) => res.writeHead(200, { 'content-type': type }).end(body);
    switch (new URL(req.url ?? '/', base).pathname) {
      case '/news/storm':
        return send('text/html; charset=utf-8', STORM());
      case '/news/rail':
        return send('text/html; charset=utf-8', RAIL());
      case '/go/storm':
        return res.writeHead(302, { location: '/news/storm?utm_medium=feed' }).end();
      case '/loop':
        return res.writeHead(301, { location: '/loop' }).end();
      case '/feed-ok.xml':
        return send('application/rss+xml', feed(['/go/storm', '/news/rail']));
      case '/feed-bad.xml':
        return send('application/rss+xml', feed(['/news/rail', '/missing', '/slow', '/huge', '/loop', '/photo.png']));
      case '/photo.png':
        return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case '/huge': {
        // Chunked, without a Content-Length: the limit must hold while reading.
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 200; i++) res.write(`<p>${'Padding words for an oversized page. '.repeat(30)}</p>`);
        return res.end();
      }
      case '/slow': {
        // Answers only when the test ends (or the client gives up first).
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>Starting…');
        const finish = () => res.end('</p>');
        waiting.add(finish);
        return req.on('close', () => waiting.delete(finish));
      }
      default:
        return res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const finish of waiting) finish();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function workspace() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kg-cli-web-'));
  return { root, kg: path.join(root, '.kg'), env: { KG_DIR: path.join(root, '.kg'), NEO4J_URI: undefined } };
}

describe('kg import of URLs and feeds (local HTTP server)', () => {
  test('the same story from a saved page, its URL (through a redirect) and a feed item is one document', async () => {
    const w = workspace();
    writeFileSync(path.join(w.root, 'storm.html'), STORM());
    const saved = await runCli(['import', path.join(w.root, 'storm.html')], w.env);
    expect(saved.code).toBe(0);
    const [doc] = (await storedRows(w.kg)).map((d) => d.doc);
    expect(doc).toMatchObject({ title: 'Storm hits Paris', source: `${base}/news/storm`, date: '2024-03-05' });

    const url = await runCli(['import', `${base}/go/storm`], w.env);
    expect(url.stdout).toMatch(/^imported 0 document\(s\), 1 unchanged/);
    const fromFeed = await runCli(['import', '--feed', `${base}/feed-ok.xml`], w.env);
    expect(fromFeed.code).toBe(0);
    expect(fromFeed.stdout).toMatch(/^imported 1 document\(s\), 1 unchanged/);
    const docs = (await storedRows(w.kg)).map((d) => d.doc);
    expect(docs.map((d) => d.source)).toEqual([`${base}/news/storm`, `${base}/news/rail`]);
    expect(docs[0].id).toBe(doc.id);
    expect(docs[1]).toMatchObject({ title: 'Rail strike in Germany', date: '2024-03-05' });
    const listed = JSON.parse((await runCli(['documents', '--format', 'json'], w.env)).stdout);
    expect(listed.map((d: { date: string; outlet: unknown }) => [d.date, d.outlet])).toEqual([
      ['2024-03-05', { name: 'Daily Planet', domain: '127.0.0.1' }],
      ['2024-03-05', { name: 'Daily Planet', domain: '127.0.0.1' }],
    ]);
  });

  test('each failed item is one line naming it; the rest are imported and the exit code says some failed', async () => {
    const w = workspace();
    const r = await runCli(
      ['import', '--feed', `${base}/feed-bad.xml`, '--timeout', '3', '--max-bytes', '100000', '--max-redirects', '3'],
      w.env,
    );
    expect(r.code).toBe(EXIT.partial);
    expect(r.stderr.trim().split('\n')).toEqual([
      `kg: ${base}/missing: HTTP 404 Not Found`,
      `kg: ${base}/slow: no complete answer within 3 s (timeout)`,
      `kg: ${base}/huge: more than 98 KB (the size limit)`,
      `kg: ${base}/loop: more than 3 redirects`,
      `kg: ${base}/photo.png: not an article (image/png)`,
      'kg: import: 5 item(s) failed (named above); the others were imported',
    ]);
    expect(r.stdout).toMatch(/^imported 1 document\(s\), 0 unchanged: .*; 5 failed$/m);
    expect((await storedRows(w.kg)).map((d) => d.doc.source)).toEqual([`${base}/news/rail`]);
  });

  test('--feed-text imports the items as the feed gives them, without fetching their pages', async () => {
    const w = workspace();
    requests.length = 0;
    const r = await runCli(['import', '--feed', `${base}/feed-bad.xml`, '--feed-text'], w.env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^imported 6 document\(s\)/);
    expect(requests).toEqual(['/feed-bad.xml']);
    const docs = (await storedRows(w.kg)).map((d) => d.doc);
    expect(docs[1]).toMatchObject({ title: 'Item 2', source: `${base}/missing`, date: '2024-03-05' });
  });

  test('a feed that cannot be fetched: one line, exit 5, nothing written', async () => {
    const w = workspace();
    const r = await runCli(['import', '--feed', `${base}/no-feed.xml`], w.env);
    expect(r.code).toBe(EXIT.partial);
    expect(r.stderr.trim().split('\n')[0]).toBe(`kg: ${base}/no-feed.xml: HTTP 404 Not Found`);
    expect(r.stdout).toBe('');
    expect(await storedRows(w.kg)).toEqual([]);
  });
});
