// The graph verbs on the embedded store (stats, export, aliases, delete-document), migrate into the
// real Neo4j, and their exit codes.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXIT } from '../src/cli-error.js';
import { testDriver } from '../../../test/neo4j-env.js';
import { runCli, storedRows } from './run-cli.js';

async function importedWorkspace() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kg-cli-cmd-'));
  const kg = path.join(root, '.kg');
  const env = { KG_DIR: kg, NEO4J_URI: undefined };
  writeFileSync(path.join(root, 'a.txt'), 'Alice Johnson met Bob Smith in Paris. Microsoft hired Alice Johnson.\n');
  writeFileSync(
    path.join(root, 'b.md'),
    '# Second\n\nBob Smith visited Berlin. Microsoft opened an office in Berlin.\n',
  );
  const r = await runCli(['import', root], env);
  expect(r.code).toBe(0);
  return { root, kg, env };
}

describe('graph verbs', () => {
  test('documents lists ids and titles (table and json); delete-document takes those ids', async () => {
    const w = await importedWorkspace();
    const json = await runCli(['documents', '--format', 'json'], w.env);
    expect(json.code).toBe(0);
    const docs = JSON.parse(json.stdout) as Array<{ id: string; title: string; source: string; sentences: number }>;
    expect(docs.map((d) => d.title).sort()).toEqual([
      'Alice Johnson met Bob Smith in Paris. Microsoft hired Alice Johnson.',
      'Second',
    ]);
    expect(docs.every((d) => /^\S+$/.test(d.id) && d.sentences >= 2)).toBe(true);
    const table = await runCli(['documents'], w.env);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^id +\| title +\| source +\| date +\| outlet +\| sentences$/);
    for (const d of docs) expect(table.stdout).toContain(d.id);
    expect(lines.at(-1)).toBe('(2 rows)');
    expect((await runCli(['delete-document', docs[0].id], w.env)).code).toBe(0);
    expect(JSON.parse((await runCli(['documents', '--format', 'json'], w.env)).stdout)).toHaveLength(1);
    expect((await runCli(['documents', '--format', 'xml'], w.env)).stderr.trim()).toBe(
      'kg: documents: unknown --format "xml" (expected table or json)',
    );
  });

  test.each([
    [['import', '--bogus'], "kg: unknown option '--bogus'"],
    [['extract'], "kg: missing required argument 'file'"],
    [['import'], 'kg: import: expected at least one file, directory, URL or --feed'],
    [['nope'], "kg: unknown command 'nope'"],
  ])("commander's own errors carry the kg: prefix: %j", async (args, message) => {
    const r = await runCli(args, { NEO4J_URI: undefined });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr.trim()).toBe(message);
  });

  test('every --help page ends with the exit codes', async () => {
    const { buildProgram } = await import('../src/program.js');
    const paths: string[][] = [];
    const walk = (cmd: Awaited<ReturnType<typeof buildProgram>>, at: string[]) => {
      paths.push(at);
      for (const sub of cmd.commands) walk(sub, [...at, sub.name()]);
    };
    walk(await buildProgram(), []);
    expect(paths.length).toBeGreaterThan(12);
    for (const p of paths) {
      const r = await runCli([...p, '--help'], { NEO4J_URI: undefined });
      expect([p.join(' '), r.code, r.stdout.trim().split('\n').at(-1)]).toEqual([
        p.join(' '),
        0,
        expect.stringMatching(/^Exit codes: 0 ok, 1 failure/),
      ]);
    }
  });

  test('stats counts documents and entities by type', async () => {
    const w = await importedWorkspace();
    const r = await runCli(['stats', '--format', 'json'], w.env);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.documents).toBe(2);
    expect(s.nodes).toBe(Object.values(s.byType as Record<string, number>).reduce((a, b) => a + b, 0));
    const text = await runCli(['stats'], w.env);
    expect(text.stdout).toMatch(/^embedded store .*graph\.db: \d+ entities, \d+ relationships, 2 documents/);
  });

  test.each(['gexf', 'graphml', 'json', 'cypher'])('export --format %s --out writes a file', async (format) => {
    const w = await importedWorkspace();
    const out = path.join(w.root, `graph.${format}`);
    const r = await runCli(['export', '--format', format, '--out', out], w.env);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8').length).toBeGreaterThan(50);
  });

  test('export --format csv writes the nodes and relationships files; without --out it is a usage error', async () => {
    const w = await importedWorkspace();
    expect((await runCli(['export', '--format', 'csv', '--out', path.join(w.root, 'g')], w.env)).code).toBe(0);
    expect(readFileSync(path.join(w.root, 'g-nodes.csv'), 'utf8')).toMatch(/^id:ID,name,type/);
    expect(readFileSync(path.join(w.root, 'g-relationships.csv'), 'utf8')).toMatch(/^:START_ID,:END_ID,:TYPE/);
    const bad = await runCli(['export', '--format', 'csv'], w.env);
    expect(bad.code).toBe(EXIT.usage);
    const unknown = await runCli(['export', '--format', 'pdf'], w.env);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr).toMatch(/unknown --format "pdf"/);
  });

  test("aliases merges explains each merge of given articles, and lists the store's merged entities", async () => {
    const w = await importedWorkspace();
    const file = path.join(w.root, 'c.txt');
    writeFileSync(
      file,
      'Angela Merkel met officials of the International Monetary Fund (IMF). Merkel said the IMF would help.\n',
    );
    const explained = await runCli(['aliases', 'merges', file], w.env);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toBe(
      'Angela Merkel [Person] ← Merkel (surname)\nInternational Monetary Fund [Organization] ← IMF (acronym-in-brackets)\n',
    );
    expect((await runCli(['import', file], w.env)).code).toBe(0);
    const stored = await runCli(['aliases', 'merges'], w.env);
    expect(stored.stdout).toMatch(/^merged in the embedded store .*graph\.db \(\d+ entities; /);
    expect(stored.stdout).toContain('\nInternational Monetary Fund [Organization] ← IMF\n');
    const missing = await runCli(['aliases', 'merges', path.join(w.root, 'nope.txt')], w.env);
    expect(missing.code).toBe(EXIT.badInput);
  });

  test('delete-document removes a document; an unknown id is exit 3', async () => {
    const w = await importedWorkspace();
    const docs = await storedRows(w.kg);
    const id = docs.find((d) => d.doc.source!.endsWith('a.txt'))!.doc.id;
    const r = await runCli(['delete-document', id], w.env);
    expect(r.code).toBe(0);
    expect(JSON.parse((await runCli(['stats', '--format', 'json'], w.env)).stdout).documents).toBe(1);
    const again = await runCli(['delete-document', id], w.env);
    expect(again.code).toBe(EXIT.badInput);
    expect(again.stderr).toMatch(new RegExp(`no document "${id}"`));
  });

  test('aliases add writes .kg/aliases.json, list shows it, veto replaces the merge', async () => {
    const w = await importedWorkspace();
    const add = await runCli(['aliases', 'add', 'Bob', 'Bob Smith', '--type', 'Person'], w.env);
    expect(add.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(w.kg, 'aliases.json'), 'utf8'))).toEqual({
      merge: [{ alias: 'Bob', canonical: 'Bob Smith', type: 'Person' }],
      veto: [],
    });
    expect((await runCli(['aliases', 'list'], w.env)).stdout).toBe('merge  Bob → Bob Smith [Person]\n');
    await runCli(['aliases', 'veto', 'Bob', 'Bob Smith'], w.env);
    expect(JSON.parse(readFileSync(path.join(w.kg, 'aliases.json'), 'utf8'))).toEqual({
      merge: [],
      veto: [{ alias: 'Bob', canonical: 'Bob Smith' }],
    });
  });

  test('aliases split takes a surname off a full name now, records the veto, and keeps the store on bad input', async () => {
    const w = await importedWorkspace();
    writeFileSync(path.join(w.root, 'c.txt'), 'On Tuesday, Smith met Emmanuel Macron in Rome.\n');
    expect((await runCli(['import', path.join(w.root, 'c.txt')], w.env)).code).toBe(0);
    const bad = await runCli(['aliases', 'split', 'Bob Smith', 'Bobby'], w.env);
    expect(bad.code).toBe(EXIT.badInput);
    expect(bad.stderr.trim()).toMatch(/^kg: aliases split: splitEntity: expected names of "bob-smith" .* got "Bobby"$/);
    expect(existsSync(path.join(w.kg, 'aliases.json'))).toBe(false);
    const missing = await runCli(['aliases', 'split', 'Carol Jones', 'Jones'], w.env);
    expect(missing.code).toBe(EXIT.badInput);
    expect(missing.stderr).toMatch(/no entity with id or name "Carol Jones"/);
    const r = await runCli(['aliases', 'split', 'Bob Smith', 'Smith'], w.env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^split "Smith" off Bob Smith \(bob-smith\) in the embedded store .*:\n {2}doc-\w+: "Smith" → smith\n/,
    );
    expect(JSON.parse(readFileSync(path.join(w.kg, 'aliases.json'), 'utf8'))).toEqual({
      merge: [],
      veto: [{ alias: 'Smith', canonical: 'Bob Smith' }],
    });
    const merges = await runCli(['aliases', 'merges'], w.env);
    expect(merges.stdout).not.toMatch(/Bob Smith .*← .*Smith/);
  });

  test('a damaged alias file is a one-line error naming it', async () => {
    const w = await importedWorkspace();
    writeFileSync(path.join(w.kg, 'aliases.json'), '{"merge": 3}');
    const r = await runCli(['import', path.join(w.root, 'a.txt')], w.env);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr.trim()).toMatch(/aliases\.json: expected "merge" to be an array$/);
  });

  test('migrate --to neo4j copies every document with its sentences, idempotently', async () => {
    const w = await importedWorkspace();
    const env = { KG_DIR: w.kg, NEO4J_URI: process.env.NEO4J_URI };
    const first = await runCli(['migrate', '--to', 'neo4j'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^migrated 2 document\(s\) \(0 already there\)/);
    const again = await runCli(['migrate', '--to', 'neo4j'], env);
    expect(again.stdout).toMatch(/^migrated 2 document\(s\) \(2 already there\): \+0 entities, \+0 relations/);
    const docs = await storedRows(w.kg);
    const driver = testDriver();
    try {
      for (const d of docs) {
        const { records } = await driver.executeQuery(
          'MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s) RETURN count(s) AS n',
          { id: d.doc.id },
          { database: 'neo4j' },
        );
        expect(records[0].get('n').toNumber()).toBe(d.sentences.length);
      }
    } finally {
      await driver.close();
    }
    expect((await runCli(['migrate', '--to', 'neo4j'], w.env)).code).toBe(EXIT.usage); // no NEO4J_URI
  });

  test.each([
    ["LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row", 'LOAD CSV reads files and URLs'],
    ["CALL apoc.load.json('file:///etc/passwd')", 'procedure apoc.load.json is refused'],
  ])('query without --write refuses %j before it reaches Neo4j (exit 2, one line)', async (cypher, why) => {
    const r = await runCli(['query', cypher], { NEO4J_URI: process.env.NEO4J_URI });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(`kg: query: checkReadOnlyCypher: ${why}`)]);
  });

  test('migrate --from-json loads a graph.json of the former format, idempotently; a damaged one is exit 3', async () => {
    const w = await importedWorkspace();
    const file = path.join(w.root, 'old-graph.json');
    writeFileSync(file, JSON.stringify({ format: 'kg-embedded-graph', version: 1, documents: await storedRows(w.kg) }));
    const env = { KG_DIR: path.join(w.root, 'fresh'), NEO4J_URI: undefined };
    const first = await runCli(['migrate', '--from-json', file], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^migrated 2 document\(s\) \(0 already there\): \+\d+ entities/);
    expect(await storedRows(env.KG_DIR)).toEqual(await storedRows(w.kg));
    const again = await runCli(['migrate', '--from-json', file], env);
    expect(again.stdout).toMatch(/^migrated 2 document\(s\) \(2 already there\): \+0 entities, \+0 relations/);
    writeFileSync(file, '{"format": ');
    const bad = await runCli(['migrate', '--from-json', file], { ...env, KG_DIR: path.join(w.root, 'other') });
    expect(bad.code).toBe(EXIT.badInput);
    expect(bad.stderr.trim()).toMatch(/old-graph\.json to be JSON \(the file is damaged\)$/);
    expect(existsSync(path.join(w.root, 'other'))).toBe(false);
  });

  test('an unreachable Neo4j is exit 4 with one line', async () => {
    const r = await runCli(['stats', '--neo4j', 'bolt://127.0.0.1:1'], { KG_DIR: path.join(os.tmpdir(), 'nowhere') });
    expect(r.code).toBe(EXIT.storeUnavailable);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(/\(Neo4j unreachable: start the local one with `pnpm neo4j:start`\)$/);
    expect(existsSync(path.join(os.tmpdir(), 'nowhere'))).toBe(false);
  });

  test('a file outside the working directory is named by its absolute path, not ../../…', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'kg-cli-outside-'));
    const bin = path.join(root, 'tool.txt');
    writeFileSync(bin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]));
    const r = await runCli(['import', bin], { KG_DIR: path.join(root, '.kg'), NEO4J_URI: undefined });
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr.trim()).toBe(`kg: ${bin}: not a text article (binary content)`);
  });
});
