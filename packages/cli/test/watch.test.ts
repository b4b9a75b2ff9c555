// `kg watch` against a real HTTP server on 127.0.0.1 written here (no network): the feed is fetched with
// If-None-Match / If-Modified-Since once it gave an ETag and a Last-Modified, a 304 imports nothing, a
// changed feed imports only its new items (their pages fetched once), and each importing poll is a run.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { EXIT } from '../src/cli-error.js';
import { parseInterval } from '../src/commands/watch.js';
import { runCli } from './run-cli.js';

let server: Server;
let base = '';
const requests: Array<{ path: string; headers: IncomingHttpHeaders }> = [];
let stories = ['dam', 'ferry'];
let version = 1;

const STORY: Record<string, string> = {
  dam: 'Quillmarsh Holdings bought Trevanne Mills in March. The mill employs four hundred people in Valmouth.',
  ferry: 'Nordline Shipping opened a ferry route between Valmouth and Carrick. The route starts in April.',
  bridge: 'Valmouth Council approved the Harbour Bridge on Tuesday. Mayor Ellen Rask welcomed the vote.',
};

const page = (slug: string) =>
  `<!doctype html><html><head><title>${slug}</title><link rel="canonical" href="${base}/news/${slug}">
<meta property="og:site_name" content="Valmouth Herald"><meta property="article:published_time" content="2025-03-0${stories.indexOf(slug) + 1}">
</head><body><article><h1>${slug}</h1><p>${STORY[slug]}</p></article></body></html>`;

const feed = () =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Valmouth Herald</title><link>${base}/</link>${stories
    .map((s) => `<item><title>${s}</title><link>${base}/news/${s}</link></item>`)
    .join('')}</channel></rss>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push({ path: url.pathname, headers: req.headers });
    if (url.pathname === '/feed.xml') {
      const etag = `"v${version}"`;
      const modified = new Date(Date.UTC(2025, 2, version)).toUTCString();
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': modified }).end(feed());
    }
    const slug = url.pathname.replace('/news/', '');
    if (STORY[slug]) return res.writeHead(200, { 'content-type': 'text/html' }).end(page(slug));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('polls with conditional requests and imports only new items', async () => {
  const env = { KG_DIR: path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-watch-')), '.kg'), NEO4J_URI: undefined };
  const watch = (...extra: string[]) => runCli(['watch', '--feed', `${base}/feed.xml`, ...extra], env);
  // Two polls one second apart: the first imports both items, the second is answered 304.
  const first = await watch('--every', '1s', '--max-polls', '2');
  expect(first.code).toBe(0);
  const lines = first.stdout.trim().split('\n');
  expect(lines[0]).toMatch(/feed\.xml: 2 new item\(s\); imported 2 document\(s\), 0 unchanged: /);
  expect(lines[1]).toMatch(/feed\.xml: not modified$/);
  const feedAsks = requests.filter((r) => r.path === '/feed.xml');
  expect(feedAsks[0].headers['if-none-match']).toBeUndefined();
  expect(feedAsks[1].headers).toMatchObject({
    'if-none-match': '"v1"',
    'if-modified-since': 'Sat, 01 Mar 2025 00:00:00 GMT',
  });

  // The feed changes; a new watch imports everything it has not imported in this process (the store
  // skips the two it holds), then only the new item once the feed changes again under a running watch.
  requests.length = 0;
  stories = ['dam', 'ferry', 'bridge'];
  version = 2;
  const second = await watch('--once');
  expect(second.stdout).toMatch(/3 new item\(s\); imported 1 document\(s\), 2 unchanged: /);
  const history = JSON.parse((await runCli(['history', '--format', 'json'], env)).stdout) as Array<{ source: string }>;
  expect(history.map((r) => r.source)).toEqual([`watch --feed ${base}/feed.xml`, `watch --feed ${base}/feed.xml`]);
});

test('new items only: a page already imported by this watch is not fetched again', async () => {
  const env = { KG_DIR: path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-watch-')), '.kg'), NEO4J_URI: undefined };
  requests.length = 0;
  stories = ['dam'];
  version = 10;
  const run = runCli(['watch', '--feed', `${base}/feed.xml`, '--every', '1s', '--max-polls', '2'], env);
  // The feed gains an item before the second poll.
  await new Promise((resolve) => setTimeout(resolve, 300));
  stories = ['dam', 'ferry'];
  version = 11;
  const r = await run;
  expect(r.code).toBe(0);
  expect(r.stdout.trim().split('\n')[1]).toMatch(/1 new item\(s\); imported 1 document\(s\), 0 unchanged: /);
  expect(requests.filter((q) => q.path === '/news/dam')).toHaveLength(1);
  expect(requests.filter((q) => q.path === '/news/ferry')).toHaveLength(1);
});

test.each([
  [['--every', 'soon'], 'kg: watch: expected --every like 30s, 15m or 1h (1 s to 7 days), got "soon"\n'],
  [['--max-polls', '0'], 'kg: watch: expected --max-polls to be a positive integer, got "0"\n'],
])('bad flags %j: one line, exit 2, nothing fetched', async (flags, message) => {
  requests.length = 0;
  const r = await runCli(['watch', '--feed', `${base}/feed.xml`, ...flags], {
    KG_DIR: mkdtempSync(path.join(os.tmpdir(), 'kg-watch-')),
  });
  expect([r.code, r.stderr]).toEqual([EXIT.usage, message]);
  expect(requests).toEqual([]);
});

test('watch wants http(s) feeds', async () => {
  const r = await runCli(['watch', '--feed', 'feed.xml'], { KG_DIR: mkdtempSync(path.join(os.tmpdir(), 'kg-watch-')) });
  expect([r.code, r.stderr]).toEqual([EXIT.usage, 'kg: watch: expected --feed to be an http(s) URL, got "feed.xml"\n']);
});

test.each([
  ['30s', 30_000],
  ['15m', 900_000],
  ['1h', 3_600_000],
])('parseInterval(%s) = %d ms', (text, ms) => expect(parseInterval(text)).toBe(ms));
