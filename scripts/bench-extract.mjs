#!/usr/bin/env node
// pnpm bench:extract <corpus-folder>: words/s of the full extractor (built dist) vs a bare compromise
// parse over the same texts in the same run (ratio = extractor time / bare time, one thread), then batch
// extraction on worker threads, 2 vs 1 (speed-up). Build first: pnpm -s build.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import os from 'node:os';

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  process.stderr.write(`bench-extract: expected a corpus folder of .txt files, got ${dir ?? 'nothing'}\n`);
  process.exit(2);
}
const dist = resolve(import.meta.dirname, '../packages/extractor/dist/index.js');
if (!existsSync(dist)) {
  process.stderr.write(`bench-extract: ${dist} not found; run pnpm -s build first\n`);
  process.exit(2);
}
const { extract, extractBatch, closeWorkerPool } = await import(dist);
const require = createRequire(resolve(import.meta.dirname, '../packages/extractor/package.json'));
const nlp = (await import(require.resolve('compromise'))).default;

// Licence and readme files travel with corpora; they are not articles.
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && !/^(SOURCE|README|LICENSE)/i.test(f))
  .sort();
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
process.stdout.write(`corpus: ${files.length} texts, ${words} words (${dir})\n`);

// Warm-up (JIT, lazy compromise setup). Then per text, a bare parse and a full extraction back to back, so
// both see the same machine load; best of 3 rounds for each total.
for (const t of texts.slice(0, 10)) {
  nlp(t);
  extract(t);
}
let bare = Infinity;
let full = Infinity;
for (let round = 0; round < 3; round++) {
  let b = 0;
  let f = 0;
  for (const t of texts) {
    const t0 = performance.now();
    nlp(t);
    const t1 = performance.now();
    extract(t);
    f += performance.now() - t1;
    b += t1 - t0;
  }
  bare = Math.min(bare, b / 1000);
  full = Math.min(full, f / 1000);
}
process.stdout.write(
  `bare compromise nlp(text): ${Math.round(words / bare)} words/s (${bare.toFixed(2)} s, best of 3)\n`,
);
process.stdout.write(
  `full extractor extract(text): ${Math.round(words / full)} words/s (${full.toFixed(2)} s, best of 3)\n`,
);

const batch = async (threads) => {
  const t0 = performance.now();
  await extractBatch(texts, { threads });
  return (performance.now() - t0) / 1000;
};
// The pool's workers live across calls (as in an import): start and warm both before timing.
await extractBatch(texts.slice(0, 40), { threads: 2 });
// Alternate the two settings so a change in machine load hits both.
let one = Infinity;
let two = Infinity;
for (let round = 0; round < 2; round++) {
  one = Math.min(one, await batch(1));
  two = Math.min(two, await batch(2));
}
process.stdout.write(
  `extractBatch threads=1: ${Math.round(words / one)} words/s; threads=2: ${Math.round(words / two)} words/s\n`,
);
process.stdout.write(`2 threads vs the one-thread in-process extract() above: ${(full / two).toFixed(2)}x\n`);
process.stdout.write(
  `speedup(2 threads vs 1)=${(one / two).toFixed(2)} (load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)\n`,
);
process.stdout.write(`ratio=${(full / bare).toFixed(2)}\n`);
await closeWorkerPool();
