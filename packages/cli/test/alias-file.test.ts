// The alias file: every verb that extracts reads the one in KG_DIR, validated by the extractor's validator,
// and `aliases add --type` takes only an entity type.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXIT } from '../src/cli-error.js';
import { runCli } from './run-cli.js';

const ARTICLE = 'Engineers at Big Blue met Alice Johnson in Armonk. Later IBM shipped the machine.\n';

function workspace(rules?: unknown) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kg-cli-aliases-'));
  const kg = path.join(root, 'elsewhere');
  mkdirSync(kg);
  if (rules !== undefined) writeFileSync(path.join(kg, 'aliases.json'), JSON.stringify(rules));
  writeFileSync(path.join(root, 'a.txt'), ARTICLE);
  return { root, kg, env: { KG_DIR: kg, NEO4J_URI: undefined } };
}

test('kg extract applies the alias file of KG_DIR', async () => {
  const w = workspace({ merge: [{ alias: 'Big Blue', canonical: 'IBM', type: 'Organization' }] });
  const r = await runCli(['extract', path.join(w.root, 'a.txt')], w.env);
  expect(r.code).toBe(0);
  const ibm = JSON.parse(r.stdout).entities.find((e: { name: string }) => e.name === 'IBM');
  expect(ibm.aliases).toContainEqual({ text: 'Big Blue', rule: 'alias-file' });
});

test.each([
  ['extract', (root: string) => ['extract', path.join(root, 'a.txt')]],
  ['import', (root: string) => ['import', path.join(root, 'a.txt')]],
  ['aliases list', () => ['aliases', 'list']],
  ['aliases merges', (root: string) => ['aliases', 'merges', path.join(root, 'a.txt')]],
])('kg %s refuses an alias file with an unknown type in one line, writing nothing', async (_verb, args) => {
  const w = workspace({ merge: [{ alias: 'Big Blue', canonical: 'IBM', type: 'Robot' }] });
  const r = await runCli(args(w.root), w.env);
  expect(r.code).toBe(EXIT.badInput);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/elsewhere[/\\]aliases\.json: merge\[0\]\.type: expected one of Person, Organization/);
  expect(existsSync(path.join(w.kg, 'graph.json'))).toBe(false);
});

test.each([
  ['Robot', EXIT.usage, undefined],
  ['person', EXIT.ok, 'Person'],
])('kg aliases add --type %s', async (type, code, stored) => {
  const w = workspace();
  const r = await runCli(['aliases', 'add', 'Xi', 'Xi Jinping', '--type', type], w.env);
  expect(r.code).toBe(code);
  const file = path.join(w.kg, 'aliases.json');
  if (stored === undefined) {
    expect(r.stderr.trim()).toBe(
      'kg: aliases add: expected --type to be one of Person, Organization, Place, Concept, Date, Quantity, Event, Product, got "Robot"',
    );
    expect(existsSync(file)).toBe(false);
  } else {
    expect(JSON.parse(readFileSync(file, 'utf8')).merge).toEqual([
      { alias: 'Xi', canonical: 'Xi Jinping', type: stored },
    ]);
  }
});
