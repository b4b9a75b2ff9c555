// CaRB scorer: hand-made pair and sentence cases, and the reference check on the shared dev split.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { carbPairScore, scoreCarb } from '../src/carb-scorer.js';
import { carbSentenceKey, parseCarbGold, parseCarbSystem } from '../src/carb-tsv.js';
import { ptbDetokenize, ptbTokensFor } from '../src/ptb-detokenize.js';

const t = (relation: string, args: string[], confidence = 1) => ({ relation, args, confidence });

describe('carbPairScore', () => {
  test.each([
    ['exact match', t('found', ['Mr. Baker', 'an opening']), t('found', ['Mr. Baker', 'an opening']), [1, 1]],
    ['no relation overlap', t('found', ['A', 'B']), t('lost', ['A', 'B']), [0, 0]],
    ['missing object', t('found', ['A', 'B']), t('found', ['A']), [0, 0]],
    ['partial object', t('found', ['A', 'an opening']), t('found', ['A', 'an opening under the house']), [4 / 7, 1]],
    ['be matches a form of be', t('is', ['X', 'a city']), t('be', ['X', 'a city']), [1, 1]],
    [
      'args after the first joined',
      t('joined', ['Tom', 'the firm', 'in 1941']),
      t('joined', ['Tom', 'the firm in 1941']),
      [1, 1],
    ],
    ['said-type swaps arguments', t('said', ['he', 'it rained']), t('said', ['it rained', 'he']), [1, 1]],
  ])('%s', (_name, gold, extraction, expected) => {
    const [p, r] = carbPairScore(gold, extraction);
    expect(p).toBeCloseTo(expected[0], 6);
    expect(r).toBeCloseTo(expected[1], 6);
  });
});

describe('scoreCarb', () => {
  test('greedy precision, best recall, threshold sweep', () => {
    const gold = parseCarbGold('S a .\tfound\tA\tB\nS a .\tsaw\tA\tC\nT b .\tis\tX\tY\n');
    const system = parseCarbSystem('S a .\t0.9\tfound\tA\tB\nS a .\t0.2\tate\tA\tC\nU c .\t0.5\tis\tX\tY\n');
    const score = scoreCarb(gold, system);
    // At 0.9: P 1/1, R 1/3. At 0.2: P 1/2, R 1/3. The extraction of U is ignored (not in gold).
    expect(score.precision).toBeCloseTo(1, 6);
    expect(score.recall).toBeCloseTo(1 / 3, 6);
    expect(score.threshold).toBe(0.5); // first threshold reaching the best F1 (0.5 keeps the same set as 0.9)
    expect(score.curve.map((p) => p.threshold)).toEqual([0.2, 0.5, 0.9]);
  });

  test('sentence keys ignore spaces, PTB brackets and punctuation', () => {
    expect(carbSentenceKey('He -LRB- Bob -RRB- said , `` no . ``')).toBe(carbSentenceKey('He (Bob) said, no.'));
  });
});

describe('ptbDetokenize', () => {
  test('restores readable text and maps spans back to the line tokens', () => {
    const d = ptbDetokenize("He did n't go -LRB- yet -RRB- , `` he '' said .");
    expect(d.text).toBe('He didn\'t go (yet), "he" said.');
    expect(ptbTokensFor(d, "didn't go (yet)")).toBe("did n't go -LRB- yet -RRB-");
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const carbDir = path.join(path.resolve(repoRoot, '..', 'shared'), 'bench', 'carb');
const haveShared = existsSync(path.join(carbDir, 'gold_dev.tsv'));
if (!haveShared) console.warn(`skipping CaRB reference check: ${carbDir} not found (../shared is absent)`);

(haveShared ? describe : describe.skip)('CaRB reference (OpenIE 5 on dev)', () => {
  test('reproduces P 0.526 R 0.406 F1 0.458, and 0.525/0.406/0.458 with a constant confidence', () => {
    const gold = parseCarbGold(readFileSync(path.join(carbDir, 'gold_dev.tsv'), 'utf8'));
    const system = parseCarbSystem(readFileSync(path.join(carbDir, 'openie5_dev.tsv'), 'utf8'));
    const s = scoreCarb(gold, system);
    expect([s.precision, s.recall, s.f1].map((x) => x.toFixed(3))).toEqual(['0.526', '0.406', '0.458']);
    for (const list of system.values()) for (const e of list) e.confidence = 1;
    const c = scoreCarb(gold, system);
    expect([c.precision, c.recall, c.f1].map((x) => x.toFixed(3))).toEqual(['0.525', '0.406', '0.458']);
  });
});
