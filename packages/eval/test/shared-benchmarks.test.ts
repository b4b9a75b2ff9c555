// Figures on the third-party data in ../shared (skipped with a message on a fresh clone without it):
// the seed article against its hand-made reference, and GUM news against the bare-compromise baseline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '@kg/extractor';
import { scoreGold, type GoldReference } from '../src/gold-scorer.js';
import { goldNamedMentions, predictedMentions, scoreGumDocument, totalGumScore } from '../src/gum-scorer.js';

const repoRoot = resolve(process.cwd());
const shared = resolve(repoRoot, '..', 'shared');
const seedGold = join(shared, 'gold', '000_a276edb3dc268999.gold.json');
const gumDir = join(shared, 'bench', 'gum');
const present = existsSync(seedGold) && existsSync(gumDir);
if (!present) console.warn(`shared-benchmarks: skipped, ${shared} is absent (third-party data lives outside the repo)`);
const maybe = present ? test : test.skip;

describe('shared benchmarks', () => {
  maybe('seed article: all reference entities found, no violations', () => {
    const reference = JSON.parse(readFileSync(seedGold, 'utf8')) as GoldReference;
    const text = readFileSync(join(repoRoot, 'seeds', '000_a276edb3dc268999.txt'), 'utf8');
    const s = scoreGold(reference, extract(text));
    expect(s.missingEntities).toEqual([]);
    expect(s.entitiesFound).toBe(16);
    expect(s.violations).toEqual([]);
  });

  maybe('GUM news: better than bare compromise (F1 0.666, merge recall 0.654)', () => {
    const docs = readdirSync(gumDir).filter((f) => f.endsWith('.entities.json'));
    const counts = docs.map((f) => {
      const doc = f.replace(/\.entities\.json$/, '');
      const text = readFileSync(join(gumDir, `${doc}.txt`), 'utf8');
      const gold = goldNamedMentions(JSON.parse(readFileSync(join(gumDir, f), 'utf8')).mentions);
      return scoreGumDocument(gold, predictedMentions(extract(text, { id: doc })), text);
    });
    const s = totalGumScore(counts);
    expect(s.f1).toBeGreaterThan(0.666);
    expect(s.mergeRecall).toBeGreaterThanOrEqual(0.654);
    expect(s.typeAccuracy).toBeGreaterThan(0.837);
  });
});
