// readFactsGold: references and their articles from a folder, document paths from the corpus root.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FactsReferenceError } from '../src/errors.js';
import { readFactsGold } from '../src/read-facts-gold.js';

const root = mkdtempSync(join(tmpdir(), 'kg-facts-gold-'));
const goldDir = join(root, 'gold', 'facts');
mkdirSync(goldDir, { recursive: true });
mkdirSync(join(root, 'corpus'));
writeFileSync(join(root, 'corpus', 'a.txt'), 'Acme is in Beta.');
const ref = (document: string) =>
  JSON.stringify({ document, entities: [{ name: 'Acme', type: 'Organization' }], facts: [], claims: [] });
writeFileSync(join(goldDir, 'a.txt.facts.json'), ref('corpus/a.txt'));
writeFileSync(join(goldDir, 'README.md'), 'not a reference');

test('documents resolve from two folders above the gold folder by default', async () => {
  const [article, ...rest] = await readFactsGold(goldDir);
  expect(rest).toEqual([]);
  expect(article).toMatchObject({ name: 'a.txt', text: 'Acme is in Beta.', textPath: join(root, 'corpus', 'a.txt') });
});

test('--corpus-root moves where documents resolve from', async () => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'kg-facts-root-'));
  mkdirSync(join(elsewhere, 'corpus'));
  writeFileSync(join(elsewhere, 'corpus', 'a.txt'), 'Other text.');
  expect((await readFactsGold(goldDir, elsewhere))[0].text).toBe('Other text.');
});

const badDir = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-facts-bad-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};
test.each([
  ['a missing folder', () => join(root, 'absent'), /absent: cannot read folder \(ENOENT\)/],
  ['no references', () => badDir({ 'x.json': '{}' }), /expected <article>\.facts\.json files, found none/],
  ['broken JSON', () => badDir({ 'x.facts.json': '{' }), /x\.facts\.json: expected JSON/],
  [
    'a missing article',
    () => badDir({ 'x.facts.json': ref('corpus/none.txt') }),
    /none\.txt: cannot read the article of x\.facts\.json \(ENOENT\)/,
  ],
])('%s → FactsReferenceError naming the input', async (_case, dir, message) => {
  const reading = readFactsGold(dir());
  await expect(reading).rejects.toThrow(FactsReferenceError);
  await expect(readFactsGold(dir())).rejects.toThrow(message);
});
