// `kg serve` from the built CLI: bad flags and a taken port give one-line errors and non-zero exits.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { KG_BIN, builtCliMissing, startServe } from './kg-serve.js';

const missing = builtCliMissing();
if (missing) console.warn(`kg serve CLI tests skipped: ${missing}`);
const maybe = missing ? describe.skip : describe;

function serveSync(args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  const env = { ...process.env, ...extraEnv };
  delete env.NEO4J_URI;
  return spawnSync(process.execPath, [KG_BIN, 'serve', ...args], { cwd, env, encoding: 'utf8', timeout: 30_000 });
}

maybe('kg serve (CLI)', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'kg-serve-cli-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    [['--port', 'abc'], 2, 'kg: serve: expected --port to be 0..65535 (0 = a free port), got "abc"'],
    [['--port', '70000'], 2, 'kg: serve: expected --port to be 0..65535 (0 = a free port), got "70000"'],
    [['--body-limit', '0'], 2, 'kg: serve: expected --body-limit to be a positive integer, got "0"'],
  ])('kg serve %j exits %i', (args, code, message) => {
    const r = serveSync(args, dir);
    expect(r.status).toBe(code);
    expect(r.stderr.trim()).toBe(message);
  });

  test.each([
    [
      ['--host', '0.0.0.0'],
      {},
      'kg: serve: --host 0.0.0.0 exposes the API beyond this machine; set KG_TOKEN to an access token of at least 16 characters (e.g. KG_TOKEN=$(openssl rand -hex 24))',
    ],
    [
      ['--host', '0.0.0.0'],
      { KG_TOKEN: 'short' },
      'kg: serve: resolveViewerSettings: expected the access token to be at least 16 characters without spaces',
    ],
  ])('kg serve %j with %j refuses to start (exit 2, one line)', (args, env, message) => {
    const r = serveSync(args, dir, env);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(message);
  });

  test('bound to every interface with KG_TOKEN, every API route needs the token; the page does not', async () => {
    const token = 'test-token-0123456789abcdef';
    const served = await startServe(['--host', '0.0.0.0'], dir, { KG_TOKEN: token });
    try {
      expect(served.output()).toMatch(
        /^kg serve: http:\/\/0\.0\.0\.0:\d+\/ .*the API needs the access token in KG_TOKEN/,
      );
      expect((await fetch(served.url)).status).toBe(200);
      const routes: Array<[string, RequestInit?]> = [
        ['api/graph'],
        ['api/stats'],
        ['api/search?q=x'],
        ['api/entities/x'],
        ['api/export?format=json'],
        [
          'api/query',
          { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"cypher":"RETURN 1"}' },
        ],
        ['api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"A b."}' }],
      ];
      for (const [route, init] of routes) {
        const none = await fetch(served.url + route, init);
        expect([route, none.status, none.headers.get('www-authenticate')]).toEqual([route, 401, 'Bearer']);
        const wrong = await fetch(served.url + route, {
          ...init,
          headers: { ...init?.headers, authorization: 'Bearer nope' },
        });
        expect([route, wrong.status]).toEqual([route, 401]);
      }
      const ok = await fetch(`${served.url}api/graph`, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      // Nothing was imported by the refused POST.
      expect((await ok.json()).documentTotal).toBe(0);
    } finally {
      await served.stop();
    }
  });

  test('a port in use is a one-line error', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const r = serveSync(['--port', String(port)], dir);
    blocker.close();
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `kg: serve: cannot listen on 127.0.0.1:${port}: port ${port} is in use (try --port 0)`,
    );
  });

  test('port 0 picks a free port, prints the URL, binds to 127.0.0.1 and serves the page', async () => {
    const served = await startServe([], dir);
    try {
      expect(served.output()).toMatch(/^kg serve: http:\/\/127\.0\.0\.1:\d+\/ \(embedded store/);
      const page = await fetch(served.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<main id="graph">');
      expect((await fetch(`${served.url}api/graph`)).status).toBe(200);
    } finally {
      await served.stop();
    }
  });

  test('a long dry-run extracts on a worker: /api/graph keeps answering while it runs', async () => {
    const served = await startServe([], dir);
    try {
      // ≈ 60 KB of prose: seconds of extraction, during which the event loop must stay free.
      const text = Array.from(
        { length: 400 },
        (_, i) =>
          `Angela Merkel met Emmanuel Macron in Paris on day ${i}. The two leaders discussed the budget of Germany and France with the European Commission.`,
      ).join('\n\n');
      let done = false;
      const post = fetch(`${served.url}api/articles?dryRun=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, title: 'Long' }),
      }).then(async (r) => ((done = true), r.status));
      let answered = 0;
      while (!done) {
        const res = await fetch(`${served.url}api/graph`);
        if (res.status === 200 && !done) answered++;
      }
      expect(await post).toBe(200);
      expect(answered).toBeGreaterThanOrEqual(10);
    } finally {
      await served.stop();
    }
  }, 180_000);
});
