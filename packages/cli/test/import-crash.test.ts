// `kg import` killed (SIGKILL) part-way through leaves a readable store holding whole documents only;
// re-running the import completes it to exactly the state of an uninterrupted import.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storedRows } from './run-cli.js';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');
const NAMES = ['Alice Johnson', 'Bob Smith', 'Carol White', 'David Brown', 'Erin Green', 'Frank Black'];
const PLACES = ['Paris', 'Berlin', 'Madrid', 'Rome'];
// Enough work that the import is still running when the test sees its first commit: the importer got fast
// enough that 120 one-line documents could all commit before the test's first look at the store, so each
// document is a long one (extraction time per document, not the count, keeps the import busy).
const COUNT = 120;
const SENTENCES = 20;

function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kg-cli-crash-'));
  mkdirSync(path.join(root, 'articles'));
  for (let i = 0; i < COUNT; i++) {
    const lines: string[] = [];
    for (let j = 0; j < SENTENCES; j++) {
      const a = NAMES[(i + j) % NAMES.length];
      const b = NAMES[(i + j + 2) % NAMES.length];
      const p = PLACES[(i + j) % PLACES.length];
      lines.push(`${a} met ${b} in ${p} on Monday. ${b} later visited ${p} with Microsoft.`);
    }
    writeFileSync(path.join(root, 'articles', `${String(i).padStart(3, '0')}.txt`), `${lines.join(' ')}\n`);
  }
  return root;
}

async function documents(root: string): Promise<string> {
  return JSON.stringify(
    (await storedRows(path.join(root, '.kg')))
      .map((d) => ({ ...d, doc: { ...d.doc, importedAt: undefined } }))
      .sort((x, y) => String(x.doc.id).localeCompare(String(y.doc.id))),
  );
}

test('SIGKILL mid-import, then a re-run, equals one clean import', async () => {
  if (!existsSync(bin)) throw new Error(`import-crash: expected ${bin}; run \`pnpm -s build\` first`);
  const env = { ...process.env, NEO4J_URI: '', KG_DIR: '' };
  const crashed = project();
  const child = spawn(process.execPath, [bin, 'import', 'articles', '--batch', '1', '--threads', '0'], {
    cwd: crashed,
    env,
    stdio: 'ignore',
  });
  const graph = path.join(crashed, '.kg', 'graph.db');
  const stored = async () => (existsSync(graph) ? (await storedRows(path.dirname(graph))).length : 0);
  // Killed once the first document has committed (the importer writes one transaction per document).
  while (child.exitCode === null && (await stored()) === 0) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGKILL');
  await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
  expect(child.signalCode).toBe('SIGKILL');
  const partial = await stored();
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(COUNT);

  const rerun = spawnSync(process.execPath, [bin, 'import', 'articles', '--threads', '0'], {
    cwd: crashed,
    env,
    encoding: 'utf8',
  });
  expect(rerun.status).toBe(0);
  expect(rerun.stdout).toContain(`imported ${COUNT - partial} document(s), ${partial} unchanged`);

  const clean = path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-cli-clean-')), 'p');
  cpSync(path.join(crashed, 'articles'), path.join(clean, 'articles'), { recursive: true });
  expect(
    spawnSync(process.execPath, [bin, 'import', 'articles', '--threads', '0'], { cwd: clean, env, encoding: 'utf8' })
      .status,
  ).toBe(0);
  expect(await documents(crashed)).toBe(await documents(clean));
}, 180000);
