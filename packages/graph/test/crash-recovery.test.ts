// A document import is atomic: kill an importing process (SIGKILL) after its first committed batch,
// re-run the import, and the graph equals that of one uninterrupted import.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '@kg/extractor';
import { testDriver, testStore, uniqueTag } from '../../../test/neo4j-env.js';
import { makeResult } from './fixtures.js';
import { graphState } from './neo4j-state.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '..', 'dist', 'index.js');

function articles(tag: string, n: number): ExtractionResult[] {
  const people = ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov'];
  return Array.from({ length: n }, (_, i) => {
    const p = people[i % people.length];
    const q = people[(i + 1) % people.length];
    return makeResult(tag, {
      id: `doc${i}`,
      date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      sentences: Array.from({ length: 6 }, (_, k) => ({
        text: `${p} met ${q} in Geneva (${i}.${k}).`,
        entities: [
          [p, 'Person'],
          [q, 'Person'],
          ['Geneva', 'Place'],
        ],
        triples: [
          [p, 'MEETS', q, 'met'],
          [p, 'VISITS', 'Geneva', 'met in'],
        ],
      })),
    });
  });
}

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

test('killing an import mid-way and re-running gives the state of a clean import', async () => {
  if (!existsSync(dist)) throw new Error(`crash-recovery: expected ${dist}; run \`pnpm -s build\` first`);
  const tag = uniqueTag('crash');
  const results = articles(tag, 40);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-crash-')), 'results.json');
  writeFileSync(file, JSON.stringify(results));
  const child = spawn(process.execPath, [path.join(here, 'crash-child.mjs'), file, '60'], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const killedAfter = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/batch (\d+)\/(\d+)/);
      if (m) {
        child.kill('SIGKILL');
        resolve(m[0]);
      }
    });
    child.on('exit', () => resolve(out.includes('done') ? 'done' : out));
    child.on('error', reject);
  });
  await new Promise((r) => child.once('exit', r).once('close', r));
  expect(killedAfter).toMatch(/^batch \d+\/40$/);
  const { records } = await driver.executeQuery(
    'MATCH (d:Document) WHERE d.id STARTS WITH $tag RETURN count(d) AS n',
    { tag },
    { database: 'neo4j' },
  );
  const partial = records[0].get('n').toNumber();
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(40);

  const store = await testStore({ batchRows: 60 });
  try {
    const rerun = await store.importDocuments(results);
    expect(rerun.unchanged).toBe(partial);
    const clean = uniqueTag('crash-clean');
    await store.importDocuments(articles(clean, 40));
    // Analytics are a whole-database step another suite may run meanwhile on this shared server.
    const omit = ['importedAt', 'hash', 'degree', 'pagerank', 'community', 'component', 'x', 'y'];
    const norm = (xs: string[], t: string) => xs.map((x) => x.replaceAll(t, 'T'));
    const got = await graphState(driver, tag, omit);
    const want = await graphState(driver, clean, omit);
    expect(norm(got.nodes, tag)).toEqual(norm(want.nodes, clean));
    expect(norm(got.rels, tag)).toEqual(norm(want.rels, clean));
    expect(got.nodes.length).toBe(40 + 40 * 6 + 6);
  } finally {
    await store.close();
  }
}, 240000); // a child process, 40 transactions and two full comparisons on a shared machine
