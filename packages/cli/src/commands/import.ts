// `kg import <files|dirs|URLs…> [--feed …]`: read articles, extract them, and load them into the active
// store in batches (each document atomic). Local inputs are checked before anything is written; an item
// fetched or read from a dataset or feed that fails is named on stderr and the rest go on (exit 5).
import type { Command } from 'commander';
import type { ExtractionResult } from '@kg/extractor';
import type { ImportDiff } from '@kg/graph';
import { CliError, EXIT } from '../cli-error.js';
import { readAliasFile } from '../alias-file.js';
import { extractKept, formatSummary, loadArticles, type LoadOptions } from '../import/load-articles.js';
import { progressBar } from '../import/progress.js';
import { readArticles } from '../import/read-articles.js';
import { intakeOptions, registerIntakeOptions, type IntakeFlags } from '../import/intake-flags.js';
import { addStoreOptions, describeStore, withStore, type StoreFlags } from '../store.js';

interface ImportFlags extends StoreFlags, IntakeFlags {
  dryRun?: boolean;
  format: string;
  batch: string;
  threads?: string;
  analytics?: boolean;
}

export function registerImport(program: Command): void {
  addStoreOptions(
    registerIntakeOptions(
      program
        .command('import')
        .argument(
          '[inputs...]',
          'article files (.txt .md .html), datasets (.jsonl .csv), folders of articles, http(s) URLs',
        )
        .description('extract articles and load them into the active store (re-importing is idempotent)')
        .option('--dry-run', 'print what the import would add, without writing')
        .option('--format <format>', 'output: text or json', 'text')
        .option('--batch <n>', 'documents extracted and written per batch', '32')
        .option(
          '--analytics',
          'Neo4j: afterwards, compute degree/PageRank/community/component/x/y over the whole graph and store them on the entities',
        )
        .option('--threads <n>', 'extraction worker threads (0 = none; default: cores, at most 4)'),
    ),
  ).action(async (paths: string[], flags: ImportFlags) => {
    if (!['text', 'json'].includes(flags.format))
      throw new CliError(`import: unknown --format "${flags.format}" (expected text or json)`, EXIT.usage);
    const batchSize = Number(flags.batch);
    if (!Number.isInteger(batchSize) || batchSize < 1)
      throw new CliError(`import: expected --batch to be a positive integer, got "${flags.batch}"`, EXIT.usage);
    const threads = flags.threads === undefined ? undefined : Number(flags.threads);
    if (threads !== undefined && (!Number.isInteger(threads) || threads < 0 || threads > 64))
      throw new CliError(
        `import: expected --threads to be an integer from 0 to 64, got "${flags.threads}"`,
        EXIT.usage,
      );
    const { articles, failures } = await readArticles(paths, intakeOptions(flags));
    for (const f of failures) process.stderr.write(`kg: ${f}\n`);
    const failed = () => {
      if (failures.length)
        throw new CliError(
          `import: ${failures.length} item(s) failed (named above)${articles.length ? '; the others were imported' : ''}`,
          EXIT.partial,
        );
    };
    if (!articles.length) return failed();
    const aliases = readAliasFile();
    await withStore(flags, async (store, config) => {
      const load: LoadOptions = { aliases, batchSize, threads, warnings: [] };
      const { warnings } = load;
      if (flags.dryRun) {
        const bar = progressBar('import', articles.length);
        let kept: ExtractionResult[];
        try {
          kept = await extractKept(articles, load, bar, 0);
        } finally {
          bar.stop();
        }
        const diff = await store.planImport(kept, { aliases: aliases ?? undefined });
        process.stdout.write(
          flags.format === 'json'
            ? JSON.stringify({ ...diff, warnings }, null, 2) + '\n'
            : formatDiff(diff, describeStore(config)),
        );
        return failed();
      }
      const total = await loadArticles(store, articles, load);
      // An import that gave the store nothing (every article empty) writes nothing, not even its run.
      const run = total.documents ? await store.recordImportRun(runSource(paths, flags.feed), total) : null;
      // Analytics are computed on read (snapshot); on request Neo4j also keeps them as node properties for Cypher.
      if (flags.analytics && total.documents > total.unchanged) await store.writeAnalytics();
      process.stdout.write(
        flags.format === 'json'
          ? JSON.stringify({ ...total, run: run?.id ?? null, warnings, failures }, null, 2) + '\n'
          : `${formatSummary(total)} → ${describeStore(config)}${run ? ` (${run.id})` : ''}${warnings.length ? ` (${warnings.length} warning(s) above)` : ''}${failures.length ? `; ${failures.length} failed` : ''}\n`,
      );
      failed();
    });
  });
}

/** What an import run was given, as `kg history` shows it. */
export function runSource(inputs: string[], feeds: string[] = []): string {
  return [...inputs, ...feeds.map((f) => `--feed ${f}`)].join(' ');
}

export function formatDiff(diff: ImportDiff, where: string): string {
  const lines = [`dry run against ${where} (nothing written):`];
  const status = (s: string) => diff.documents.filter((d) => d.status === s).length;
  lines.push(`  documents: ${status('new')} new, ${status('changed')} changed, ${status('unchanged')} unchanged`);
  lines.push(
    `  new entities (${diff.newEntities.length}): ${diff.newEntities
      .slice(0, 20)
      .map((e) => `${e.name} [${e.type}]`)
      .join(', ')}${diff.newEntities.length > 20 ? ', …' : ''}`,
  );
  lines.push(
    `  new relations (${diff.newRelations.length}): ${diff.newRelations
      .slice(0, 20)
      .map((r) => r.id)
      .join(', ')}${diff.newRelations.length > 20 ? ', …' : ''}`,
  );
  lines.push(
    `  merges with existing nodes (${diff.merges.length}): ${diff.merges
      .slice(0, 20)
      .map((e) => `${e.name} [${e.type}]`)
      .join(', ')}${diff.merges.length > 20 ? ', …' : ''}`,
  );
  lines.push(`  claims (${diff.claims.length}):`);
  for (const c of diff.claims.slice(0, MAX_LISTED_CLAIMS)) {
    const text = c.text.length > 100 ? `${c.text.slice(0, 99)}…` : c.text;
    lines.push(`    ${c.speakerName} (${c.verb}${c.quote ? ', quote' : ''}): “${text}”`);
  }
  if (diff.claims.length > MAX_LISTED_CLAIMS) lines.push(`    … ${diff.claims.length - MAX_LISTED_CLAIMS} more`);
  return lines.join('\n') + '\n';
}

/** Claims listed one a line in a dry run's text (all of them are in `--format json`). */
const MAX_LISTED_CLAIMS = 50;
