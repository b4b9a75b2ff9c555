// `kg import` and its bad-input contract: a one-line error naming the input, a non-zero exit, and an
// untouched store; the seed article goes into the embedded store and into the real Neo4j over Bolt.
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT } from '../src/cli-error.js';
import { testDriver } from '../../../test/neo4j-env.js';
import { runCli, storedRows } from './run-cli.js';

const seed = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'seeds',
  '000_a276edb3dc268999.txt',
);
const ARTICLE = 'Alice Johnson met Bob Smith in Paris. Microsoft praised Alice Johnson on Monday.\n';

function workspace() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kg-cli-import-'));
  const kg = path.join(root, '.kg');
  writeFileSync(path.join(root, 'good.txt'), ARTICLE);
  return { root, kg, env: { KG_DIR: kg, NEO4J_URI: undefined } };
}

describe('kg import (embedded store)', () => {
  test('imports an article, then a re-import changes nothing', async () => {
    const w = workspace();
    const first = await runCli(['import', path.join(w.root, 'good.txt')], w.env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^imported 1 document\(s\), 0 unchanged: \+\d+ entities/);
    const stored = await storedRows(w.kg);
    const again = await runCli(['import', path.join(w.root, 'good.txt')], w.env);
    expect(again.stdout).toMatch(/^imported 0 document\(s\), 1 unchanged: \+0 entities, \+0 relations/);
    expect(await storedRows(w.kg)).toEqual(stored);
  });

  test('says what was cut or ignored in each document, on stderr and in --format json', async () => {
    const w = workspace();
    // Past the 500,000-character limit only in blank lines, so the cut costs no extraction time.
    writeFileSync(path.join(w.root, 'long.txt'), `Long\n\n${ARTICLE}${'\n'.repeat(510_000)}The end came.\n`);
    writeFileSync(path.join(w.root, 'tags.md'), 'Tags\n\n<p>Alice Johnson met <b>Bob Smith</b> in Paris.</p>\n');
    const r = await runCli(['import', path.join(w.root, 'long.txt'), path.join(w.root, 'tags.md')], w.env);
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes('warning'));
    expect(lines).toEqual([
      expect.stringMatching(
        /^kg: .*long\.txt: warning: text has 510\d{3} characters; only the first \d+ were analysed \(limit 500000\)$/,
      ),
      expect.stringMatching(/^kg: .*tags\.md: warning: HTML markup was ignored$/),
    ]);
    expect(r.stdout).toMatch(/^imported 2 document\(s\), 0 unchanged: .* \(2 warning\(s\) above\)$/m);
    const json = await runCli(['import', '--format', 'json', path.join(w.root, 'tags.md')], w.env);
    expect(JSON.parse(json.stdout).warnings).toEqual([
      { source: expect.stringMatching(/tags\.md$/), document: expect.any(String), message: 'HTML markup was ignored' },
    ]);
  });

  const cases: Array<[string, (root: string) => string, RegExp]> = [
    ['a missing file', (root) => path.join(root, 'missing.txt'), /missing\.txt: no such file or directory$/],
    [
      'an empty file',
      (root) => (writeFileSync(path.join(root, 'empty.txt'), '  \n'), path.join(root, 'empty.txt')),
      /empty\.txt: empty article/,
    ],
    [
      'a binary file',
      (root) => (
        writeFileSync(path.join(root, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])),
        path.join(root, 'photo.txt')
      ),
      /photo\.txt: not a text article \(binary content\)$/,
    ],
    [
      'invalid UTF-8',
      (root) => (
        writeFileSync(path.join(root, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x41])),
        path.join(root, 'latin1.txt')
      ),
      /latin1\.txt: not a text article \(not valid UTF-8\)$/,
    ],
    [
      'a directory without articles',
      (root) => (
        mkdirSync(path.join(root, 'pics')),
        writeFileSync(path.join(root, 'pics', 'a.png'), 'x'),
        path.join(root, 'pics')
      ),
      /pics: no articles \(\.txt \.md .*\) in this directory$/,
    ],
  ];

  test.each(cases)(
    '%s: one-line error naming it, exit 3, store unchanged (even with a good file beside it)',
    async (_what, make, message) => {
      const w = workspace();
      await runCli(['import', path.join(w.root, 'good.txt')], w.env);
      const before = await storedRows(w.kg);
      writeFileSync(path.join(w.root, 'other.txt'), 'Carol White visited Berlin.\n');
      const r = await runCli(['import', path.join(w.root, 'other.txt'), make(w.root)], w.env);
      expect(r.code).toBe(EXIT.badInput);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
      expect(r.stdout).toBe('');
      expect(await storedRows(w.kg)).toEqual(before);
    },
  );

  test('bad input into an empty store creates no store file', async () => {
    const w = workspace();
    const r = await runCli(['import', path.join(w.root, 'nope.md')], w.env);
    expect(r.code).toBe(EXIT.badInput);
    expect(existsSync(path.join(w.kg, 'graph.db'))).toBe(false);
  });

  test('an article with nothing to extract gets a clear note and is not imported', async () => {
    const w = workspace();
    writeFileSync(path.join(w.root, 'dull.txt'), 'it was. and then it was not.\n');
    const r = await runCli(['import', path.join(w.root, 'dull.txt')], w.env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/dull\.txt: nothing extracted/);
    expect(existsSync(path.join(w.kg, 'graph.db'))).toBe(false);
  });

  test('--dry-run prints the plan and writes nothing', async () => {
    const w = workspace();
    const r = await runCli(['import', '--dry-run', '--format', 'json', path.join(w.root, 'good.txt')], w.env);
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout);
    expect(diff.documents).toEqual([{ id: expect.stringMatching(/^doc-/), status: 'new' }]);
    expect(diff.newEntities.length).toBeGreaterThan(0);
    expect(existsSync(path.join(w.kg, 'graph.db'))).toBe(false);
  });

  test('--dry-run lists the claims it would write, and writes nothing', async () => {
    const w = workspace();
    writeFileSync(
      path.join(w.root, 'speech.txt'),
      'Alice Johnson said that Microsoft would open an office in Paris. “We are ready,” Bob Smith said.\n',
    );
    const text = await runCli(['import', '--dry-run', path.join(w.root, 'speech.txt')], w.env);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('claims (2):');
    expect(text.stdout).toContain('Alice Johnson (say): “Microsoft would open an office in Paris”');
    expect(text.stdout).toContain('Bob Smith (say, quote): “We are ready');
    const json = await runCli(['import', '--dry-run', '--format', 'json', path.join(w.root, 'speech.txt')], w.env);
    expect(JSON.parse(json.stdout).claims.map((c: { speakerName: string }) => c.speakerName)).toEqual([
      'Alice Johnson',
      'Bob Smith',
    ]);
    expect(existsSync(path.join(w.kg, 'graph.db'))).toBe(false);
  });

  test('kg query on the embedded store says how to start Neo4j', async () => {
    const w = workspace();
    const r = await runCli(['query', 'MATCH (n) RETURN n'], w.env);
    expect(r.code).toBe(EXIT.storeUnavailable);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/pnpm neo4j:start.*docker compose up -d neo4j/);
  });
});

describe('kg import into the real Neo4j over Bolt (with auth)', () => {
  test('the seed article is written and read back', async () => {
    const w = workspace();
    mkdirSync(path.join(w.root, 'seeds'));
    copyFileSync(seed, path.join(w.root, 'seeds', path.basename(seed)));
    const env = { KG_DIR: w.kg, NEO4J_URI: process.env.NEO4J_URI };
    const r = await runCli(['import', path.join(w.root, 'seeds')], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/→ Neo4j bolt:/);
    // Outside the working directory, a file is named (and its document keyed) by its absolute path.
    const source = path.join(w.root, 'seeds', path.basename(seed)).split(path.sep).join('/');
    const driver = testDriver();
    try {
      const { records } = await driver.executeQuery(
        `MATCH (d:Document {source: $source})-[:HAS_SENTENCE]->(s:Sentence)
         RETURN count(s) AS sentences, COUNT { MATCH (d)-[:HAS_SENTENCE]->()-[:MENTIONS_ENTITY]->(e:Entity) RETURN DISTINCT e } AS entities`,
        { source },
        { database: 'neo4j' },
      );
      expect(records).toHaveLength(1);
      expect(records[0].get('sentences').toNumber()).toBeGreaterThan(10);
      expect(records[0].get('entities').toNumber()).toBeGreaterThan(5);
      const names = await driver.executeQuery(
        "MATCH (e:Entity) WHERE e.name IN ['Xi Jinping', 'Huawei', 'United States'] RETURN collect(DISTINCT e.name) AS n",
        {},
        { database: 'neo4j' },
      );
      expect([...names.records[0].get('n')].sort()).toEqual(['Huawei', 'United States', 'Xi Jinping']);
    } finally {
      await driver.close();
    }
    const q = await runCli(
      [
        'query',
        'MATCH (:Document {source: $source})-[:HAS_SENTENCE]->()-[:MENTIONS_ENTITY]->(e:Entity {name: $name}) RETURN DISTINCT e.name AS name, e',
        '--param',
        'name=Huawei',
        '--param',
        `source=${source}`,
        '--format',
        'json',
      ],
      env,
    );
    expect(q.code).toBe(0);
    expect(JSON.parse(q.stdout)).toMatchObject({
      columns: ['name', 'e'],
      rows: [['Huawei', { labels: expect.arrayContaining(['Entity']) }]],
      nodeIds: [expect.stringMatching(/huawei/)],
    });
    const w2 = await runCli(['query', 'CREATE (n:Scratch)'], env);
    expect(w2.code).toBe(1);
    expect(w2.stderr).toMatch(/writes need --write/);
  });
});
