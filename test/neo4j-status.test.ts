// `pnpm neo4j:status` with nothing running answers plainly and exits 0 (pnpm adds no ELIFECYCLE noise).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

test('status of a home with no server: one line, exit 0', () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'kg-neo4j-status-'));
  const r = spawnSync('pnpm', ['neo4j:status'], { encoding: 'utf8', env: { ...process.env, KG_NEO4J_HOME: home } });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('neo4j is not running (start it with `pnpm neo4j:start`)');
  expect(`${r.stdout}${r.stderr}`).not.toContain('ELIFECYCLE');
});
