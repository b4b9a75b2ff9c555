// scripts/scale-store.mjs (`pnpm scale:store`): copies of a folder of articles imported under different
// ids, plus the seed, through the built `kg import`; bad input gets a one-line error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEmbeddedStore } from '@kg/graph';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = path.join(ROOT, 'scripts/scale-store.mjs');
const built = existsSync(path.join(ROOT, 'packages/cli/dist/bin.js'));
if (!built) console.warn('scale-store test skipped: packages/cli/dist is missing (run pnpm -s build)');
const maybe = built ? test : test.skip;

const run = (...args: string[]) => {
  const env = { ...process.env };
  delete env.NEO4J_URI;
  return spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', env });
};

maybe(
  'imports every copy under its own id, plus the seed',
  async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-scale-test-'));
    try {
      const corpus = path.join(tmp, 'corpus');
      mkdirSync(corpus);
      writeFileSync(
        path.join(corpus, 'a.txt'),
        'Merkel meets Macron\n\nAngela Merkel met Emmanuel Macron in Berlin on Monday.\n',
      );
      writeFileSync(
        path.join(corpus, 'b.txt'),
        'Huawei sanctions\n\nThe United States expanded sanctions on Huawei.\n',
      );
      writeFileSync(path.join(corpus, 'SOURCE.txt'), 'Source: written for this test.\n');
      const out = path.join(tmp, 'out');
      const r = run(corpus, '--copies', '2', '--out', out);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('2 articles × 2 copies + the seed = 5 articles');
      expect(r.stdout).toMatch(/"documents":5,"unchanged":0/);
      const store = await openEmbeddedStore({ dir: path.join(out, '.kg') });
      expect((await store.documents()).map((d) => d.doc.title)).toContain('Merkel meets Macron');
      await store.close();
      // Run again into the same place: refused, nothing touched.
      const again = run(corpus, '--out', out);
      expect(again.status).toBe(2);
      expect(again.stderr.trim().split('\n')).toEqual([
        `scale:store: ${out}/.kg already exists (remove it or pass another --out)`,
      ]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
  120_000,
);

test.each([
  [['/nonexistent/corpus'], 'scale:store: /nonexistent/corpus: not a folder'],
  [[], 'scale:store: expected a folder of .txt/.md articles as the first argument (e.g. ../shared/corpus/wikinews)'],
  [[ROOT, '--copies', '0'], 'scale:store: expected --copies to be an integer from 1 to 100, got "0"'],
])('bad input %j: one line, exit 2', (args, message) => {
  const r = run(...args);
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toBe(message);
});
