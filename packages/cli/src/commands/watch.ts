// `kg watch --feed <url> --every 15m`: polls feeds and imports their new items, each poll that imports
// something recorded as an import run. `--once` / `--max-polls n` end it (for scripts and tests).
import type { Command } from 'commander';
import { addSummaries, type ImportSummary } from '@kg/graph';
import { readAliasFile } from '../alias-file.js';
import { CliError, EXIT } from '../cli-error.js';
import { FeedPoller } from '../import/feed-poller.js';
import { isHttpUrl } from '../import/fetch-url.js';
import { intakeOptions, registerIntakeOptions, type IntakeFlags } from '../import/intake-flags.js';
import { formatSummary, loadArticles } from '../import/load-articles.js';
import { addStoreOptions, describeStore, withStore, type StoreFlags } from '../store.js';

interface WatchFlags extends StoreFlags, IntakeFlags {
  every: string;
  once?: boolean;
  maxPolls?: string;
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/** "90s", "15m", "1h" → milliseconds (at least one second). */
export function parseInterval(text: string): number {
  const m = /^(\d+)(s|m|h)$/.exec(text.trim());
  const ms = m ? Number(m[1]) * UNITS[m[2]] : NaN;
  if (!(ms >= 1000 && ms <= 7 * 24 * 3_600_000))
    throw new CliError(`watch: expected --every like 30s, 15m or 1h (1 s to 7 days), got "${text}"`, EXIT.usage);
  return ms;
}

export function registerWatch(program: Command): void {
  addStoreOptions(
    registerIntakeOptions(
      program
        .command('watch')
        .description('poll RSS/Atom feeds (conditional GET: ETag / If-Modified-Since) and import each new item')
        .option('--every <interval>', 'time between polls: 30s, 15m, 1h', '15m')
        .option('--once', 'poll once and stop')
        .option('--max-polls <n>', 'stop after this many polls'),
    ),
  ).action(async (flags: WatchFlags) => {
    const feeds = flags.feed ?? [];
    if (!feeds.length) throw new CliError('watch: expected at least one --feed <url>', EXIT.usage);
    const local = feeds.find((f) => !isHttpUrl(f));
    if (local) throw new CliError(`watch: expected --feed to be an http(s) URL, got "${local}"`, EXIT.usage);
    const every = parseInterval(flags.every);
    const maxPolls = flags.once ? 1 : flags.maxPolls === undefined ? Infinity : Number(flags.maxPolls);
    if (!(Number.isInteger(maxPolls) || maxPolls === Infinity) || maxPolls < 1)
      throw new CliError(`watch: expected --max-polls to be a positive integer, got "${flags.maxPolls}"`, EXIT.usage);
    const options = intakeOptions(flags);
    const aliases = readAliasFile() ?? undefined;
    const pollers = feeds.map((f) => new FeedPoller(f, options));
    let failed = 0;
    await withStore(flags, async (store, config) => {
      for (let n = 1; n <= maxPolls; n++) {
        const at = new Date().toISOString();
        for (const p of pollers) {
          const poll = await p.poll();
          for (const f of poll.failures) process.stderr.write(`kg: ${f}\n`);
          failed += poll.failures.length;
          if (poll.notModified) {
            process.stdout.write(`${at} ${p.url}: not modified\n`);
            continue;
          }
          let summary: ImportSummary = addSummaries([]);
          if (poll.articles.length) {
            summary = await loadArticles(store, poll.articles, { aliases, batchSize: 32, warnings: [] });
            await store.recordImportRun(`watch --feed ${p.url}`, summary);
          }
          poll.done();
          process.stdout.write(
            `${at} ${p.url}: ${poll.articles.length} new item(s); ${formatSummary(summary)} → ${describeStore(config)}${poll.failures.length ? `; ${poll.failures.length} failed` : ''}\n`,
          );
        }
        if (n < maxPolls) await new Promise((resolve) => setTimeout(resolve, every));
      }
    });
    if (failed)
      throw new CliError(`watch: ${failed} item(s) failed (named above); the others were imported`, EXIT.partial);
  });
}
