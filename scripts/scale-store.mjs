#!/usr/bin/env node
// `pnpm scale:store <corpus-dir> [--copies 4] [--out dir]`: builds an embedded store of ≥ 1,000 imported
// articles for the viewer's large-graph checks, from a folder of real articles imported several times
// under different ids (each copy sits in its own folder, and a document's id comes from its path), plus
// the seed article. It goes through `kg import` like a user would, then prints what to run on it:
// the browser e2e suite (KG_E2E_BASE) and `pnpm bench:viewer --kg-dir`.
// The articles are read from the given folder and copied into <out>/articles; nothing is shipped.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KG = path.join(root, 'packages/cli/dist/bin.js');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
function fail(message) {
  process.stderr.write(`scale:store: ${message}\n`);
  process.exit(2);
}

const corpus = process.argv[2];
if (!corpus || corpus.startsWith('--'))
  fail('expected a folder of .txt/.md articles as the first argument (e.g. ../shared/corpus/wikinews)');
if (!existsSync(corpus) || !statSync(corpus).isDirectory()) fail(`${corpus}: not a folder`);
const copies = Number(arg('copies', '4'));
if (!Number.isInteger(copies) || copies < 1 || copies > 100)
  fail(`expected --copies to be an integer from 1 to 100, got "${arg('copies')}"`);
const out = path.resolve(arg('out', path.join(os.tmpdir(), 'kg-scale')));
if (existsSync(path.join(out, '.kg'))) fail(`${out}/.kg already exists (remove it or pass another --out)`);
if (!existsSync(KG)) fail(`${KG} is missing (run pnpm -s build)`);

const files = readdirSync(corpus)
  .filter((f) => /\.(txt|md)$/i.test(f) && !/^(SOURCE|README|LICENSE)/i.test(f))
  .sort();
if (!files.length) fail(`${corpus}: no .txt or .md articles`);
const articles = path.join(out, 'articles');
for (let c = 1; c <= copies; c++) {
  const dir = path.join(articles, `copy-${c}`);
  mkdirSync(dir, { recursive: true });
  for (const f of files) cpSync(path.join(corpus, f), path.join(dir, f));
}
cpSync(path.join(root, 'seeds'), path.join(articles, 'seed'), { recursive: true });
const total =
  files.length * copies + readdirSync(path.join(root, 'seeds')).filter((f) => /\.(txt|md)$/i.test(f)).length;
console.log(`scale:store — ${files.length} articles × ${copies} copies + the seed = ${total} articles → ${out}/.kg`);

const env = { ...process.env, KG_DIR: path.join(out, '.kg') };
delete env.NEO4J_URI; // the embedded store, which `kg serve` reads by default
const t0 = Date.now();
const run = spawnSync(process.execPath, [KG, 'import', 'articles', '--format', 'json'], {
  cwd: out,
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 << 20,
});
if (run.status !== 0) fail(`kg import exited with ${run.status}`);
const summary = JSON.parse(run.stdout.toString());
console.log(`kg import: ${((Date.now() - t0) / 1000).toFixed(0)} s, ${JSON.stringify(summary.summary ?? summary)}`);
const stats = spawnSync(process.execPath, [KG, 'stats'], { cwd: out, env, encoding: 'utf8' });
console.log(stats.stdout.trim().split('\n').slice(0, 6).join('\n'));
console.log(
  `next:\n  KG_E2E_BASE=${out}/.kg pnpm test packages/viewer/test/e2e/viewer-page.test.ts\n  pnpm bench:viewer --kg-dir ${out}/.kg`,
);
