// `kg import` says what each import changed (corroborated, disputed, replaced) and records it as an
// import run; `kg history` lists the runs (table and --format json) in the embedded store and in Neo4j.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXIT } from '../src/cli-error.js';
import { runCli } from './run-cli.js';

const md = (title: string, date: string, url: string, body: string) =>
  `---\ntitle: ${title}\ndate: ${date}\nsource: ${url}\n---\n${body}\n`;

function workspace() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kg-cli-history-'));
  const file = (name: string, text: string) => {
    writeFileSync(path.join(root, name), text);
    return path.join(root, name);
  };
  const files = {
    a: file(
      'a.md',
      md(
        'Terminal',
        '2025-03-03',
        'https://harbour-gazette.example/a',
        'Quillmarsh Holdings bought Trevanne Mills in March.',
      ),
    ),
    b: file(
      'b.md',
      md(
        'Again',
        '2025-03-05',
        'https://coastal-wire.example/b',
        'Quillmarsh Holdings bought Trevanne Mills in March.',
      ),
    ),
  };
  return { root, files, env: { KG_DIR: path.join(root, '.kg'), NEO4J_URI: undefined } };
}

describe.each([
  ['embedded', () => ({})],
  ['neo4j', () => ({ NEO4J_URI: process.env.NEO4J_URI })],
])('kg import runs and kg history (%s store)', (_kind, storeEnv) => {
  test('a second outlet corroborates; each import is a run that kg history lists, newest first', async () => {
    const w = workspace();
    const env = { ...w.env, ...storeEnv() };
    const first = await runCli(['import', w.files.a], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^imported 1 document\(s\), 0 unchanged: .*, 0 corroborated, 0 disputed, 0 replaced, .* \(run-\S+\)$/m,
    );
    const second = await runCli(['import', w.files.b], env);
    expect(second.stdout).toMatch(
      /: \+0 entities, \+0 relations, \+0 claims, 1 corroborated, 0 disputed, 0 replaced, /,
    );
    const runs = JSON.parse((await runCli(['history', '--format', 'json', '--limit', '1000'], env)).stdout) as Array<{
      id: string;
      source: string;
      counts: Record<string, number>;
    }>;
    const mine = runs.filter((r) => r.source.startsWith(w.root));
    expect(mine.map((r) => [r.source, r.counts.corroborated, r.counts.relationsAdded])).toEqual([
      [w.files.b, 1, 0],
      [w.files.a, 0, 1],
    ]);
    expect(second.stdout).toContain(`(${mine[0].id})`);
    const table = await runCli(['history', '--limit', '1000'], env);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^id +\| at +\| imported +\| unchanged +\| replaced +\| entities/);
    expect(table.stdout).toMatch(
      new RegExp(
        `^${mine[1].id} .*\\| \\+1 +\\| 0 +\\| 0 +\\| \\+0 +\\| ${w.files.a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        'm',
      ),
    );
  });
});

test('kg history refuses a bad --limit or --format with one line and exit 2', async () => {
  const w = workspace();
  const r = await runCli(['history', '--limit', 'ten'], w.env);
  expect(r.code).toBe(EXIT.usage);
  expect(r.stderr).toBe('kg: history: expected --limit to be a positive integer, got "ten"\n');
  expect((await runCli(['history', '--format', 'xml'], w.env)).code).toBe(EXIT.usage);
});
