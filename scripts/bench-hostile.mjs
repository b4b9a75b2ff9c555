#!/usr/bin/env node
// pnpm bench:hostile: extraction time per KB of each hostile input (scripts/hostile-inputs.mjs) against the
// seed article's in the same run (ratio = hostile ms/KB / seed ms/KB), with the peak RSS so far. Fails (exit 1)
// when a ratio is over 3 or an input throws. Build first: pnpm -s build.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HOSTILE_INPUTS } from './hostile-inputs.mjs';

const MAX_RATIO = 3;
const SIZE = 50_000;
// The case: a whole article at the input limit.
const SIZES = { 'long article': 500_000 };
const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'packages/extractor/dist/index.js');
if (!existsSync(dist)) {
  process.stderr.write(`bench-hostile: ${dist} not found; run pnpm -s build first\n`);
  process.exit(2);
}
const { extract } = await import(dist);
const seedDir = join(root, 'seeds');
const seed = readFileSync(join(seedDir, readdirSync(seedDir).filter((f) => f.endsWith('.txt'))[0]), 'utf8');

const kb = (text) => Buffer.byteLength(text, 'utf8') / 1024;
const rssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
function msPerKb(text, rounds) {
  let best = Infinity;
  let result;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    result = extract(text);
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, perKb: best / kb(text), result };
}

// Warm-up, then the baseline: the seed article, best of 10.
for (let i = 0; i < 5; i++) extract(seed);
const base = msPerKb(seed, 10);
const row = (cells) => process.stdout.write(cells.join('  ') + '\n');
row([
  'input'.padEnd(32),
  'KB'.padStart(6),
  'ms'.padStart(7),
  'ms/KB'.padStart(6),
  'ratio'.padStart(5),
  'entities'.padStart(8),
  'longest name'.padStart(12),
  'warnings'.padStart(8),
  'peak RSS MB'.padStart(11),
]);
const line = (name, text, m, ratio) =>
  row([
    name.padEnd(32),
    kb(text).toFixed(1).padStart(6),
    m.ms.toFixed(0).padStart(7),
    m.perKb.toFixed(1).padStart(6),
    ratio.toFixed(2).padStart(5),
    String(m.result.entities.length).padStart(8),
    String(Math.max(0, ...m.result.entities.map((e) => e.name.length))).padStart(12),
    String(m.result.document.warnings?.length ?? 0).padStart(8),
    rssMb().padStart(11),
  ]);
line('seed article (baseline)', seed, base, 1);
const failed = [];
for (const [name, make] of Object.entries(HOSTILE_INPUTS)) {
  const text = make(SIZES[name] ?? SIZE, seed);
  try {
    const m = msPerKb(text, 1);
    const ratio = m.perKb / base.perKb;
    line(name, text, m, ratio);
    if (ratio > MAX_RATIO) failed.push(`${name}: ratio ${ratio.toFixed(2)} > ${MAX_RATIO}`);
  } catch (err) {
    row([name.padEnd(32), `THREW ${err instanceof Error ? err.message : String(err)}`]);
    failed.push(`${name}: threw`);
  }
}
process.stdout.write(
  `${Object.keys(HOSTILE_INPUTS).length} hostile inputs; seed ${base.perKb.toFixed(1)} ms/KB; peak RSS ${rssMb()} MB\n`,
);
if (failed.length) {
  process.stderr.write(`bench-hostile: ${failed.length} over budget:\n  ${failed.join('\n  ')}\n`);
  process.exit(1);
}
