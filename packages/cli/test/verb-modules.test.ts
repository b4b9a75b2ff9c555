// Verbs that only read the embedded store start without the libraries other verbs need: compromise (and
// the extractor's HTML and feed readers) load only to extract or resolve names, neo4j-driver only for a
// Neo4j store; `kg serve` loads the extractor with its first upload. Checked on the built CLI with a
// module hook that names each package loaded.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', 'dist', 'bin.js');
const trace = path.join(here, 'fixtures', 'trace-packages.mjs');
const HEAVY = ['compromise', 'linkedom', 'neo4j-driver'];

let root: string;
const kg = (args: string[]) => {
  const run = spawnSync(process.execPath, ['--import', trace, bin, ...args], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: '', KG_DIR: '' },
    encoding: 'utf8',
  });
  const loaded = new Set([...run.stderr.matchAll(/^kg-load: (\S+)$/gm)].map((m) => m[1]));
  return {
    status: run.status,
    stderr: run.stderr.replace(/^kg-load: .*\n/gm, ''),
    heavy: HEAVY.filter((p) => loaded.has(p)),
  };
};

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`verb-modules: expected ${bin}; run \`pnpm -s build\` first`);
  root = mkdtempSync(path.join(os.tmpdir(), 'kg-cli-verbs-'));
  writeFileSync(path.join(root, 'a.txt'), 'Alice Johnson met Bob Smith in Paris on Monday.\n');
  // Importing extracts and resolves names: compromise loads (the hook sees it).
  const imported = kg(['import', 'a.txt', '--threads', '0']);
  expect([imported.status, imported.stderr, imported.heavy]).toEqual([0, '', ['compromise', 'linkedom']]);
});

test.each<[string[], number]>([
  [['stats'], 0],
  [['documents'], 0],
  [['history'], 0],
  [['export', '--format', 'cypher', '--out', 'graph.cypher'], 0],
  [['delete-document', 'no-such-document'], 3],
])('kg %j (exit %i) loads none of compromise, linkedom, neo4j-driver', (args, exit) => {
  const { status, heavy } = kg(args);
  expect([status, heavy]).toEqual([exit, []]);
});

test('kg serve starts without compromise and linkedom, and loads them with the first upload', async () => {
  const child = spawn(process.execPath, ['--import', trace, bin, 'serve', '--port', '0'], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: '', KG_DIR: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => (stdout += b));
  child.stderr.on('data', (b) => (stderr += b));
  const loaded = () => HEAVY.filter((p) => new RegExp(`^kg-load: ${p}$`, 'm').test(stderr));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const m = /(http:\/\/\S+?)\/? /.exec(stdout);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${stderr}`)));
    });
    const graph = await fetch(`${url}/api/graph`);
    expect([graph.status, loaded()]).toEqual([200, []]);
    const res = await fetch(`${url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Carol White visited Berlin on Tuesday.', title: 'Visit' }),
    });
    expect([res.status, loaded()]).toEqual([200, ['compromise', 'linkedom']]);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}, 60000);
