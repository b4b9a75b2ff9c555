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

function serveSync(args: string[], cwd: string) {
  const env = { ...process.env };
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
});
