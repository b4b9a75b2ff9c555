// `kg history`: the recorded import runs, newest first — when, from what, and what each changed.
import type { Command } from 'commander';
import { CliError, EXIT } from '../cli-error.js';
import { addStoreOptions, withStore, type StoreFlags } from '../store.js';
import { formatTable } from './query.js';

interface HistoryFlags extends StoreFlags {
  format: string;
  limit: string;
}

const COLUMNS = [
  'id',
  'at',
  'imported',
  'unchanged',
  'replaced',
  'entities',
  'relations',
  'corroborated',
  'disputed',
  'claims',
  'source',
];

export function registerHistory(program: Command): void {
  addStoreOptions(
    program
      .command('history')
      .description('list the recorded import runs, newest first: what each imported and what it changed')
      .option('--format <format>', 'table or json', 'table')
      .option('--limit <n>', 'at most this many runs', '50'),
  ).action(async (flags: HistoryFlags) => {
    if (!['table', 'json'].includes(flags.format))
      throw new CliError(`history: unknown --format "${flags.format}" (expected table or json)`, EXIT.usage);
    const limit = Number(flags.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new CliError(`history: expected --limit to be a positive integer, got "${flags.limit}"`, EXIT.usage);
    await withStore(flags, async (store) => {
      const runs = await store.importRuns(limit);
      if (flags.format === 'json') {
        process.stdout.write(JSON.stringify(runs, null, 2) + '\n');
        return;
      }
      const rows = runs.map(({ id, at, source, counts: c }) => [
        id,
        at,
        c.documents - c.unchanged,
        c.unchanged,
        c.replaced,
        `+${c.entitiesAdded}`,
        `+${c.relationsAdded}`,
        c.corroborated,
        c.disputed,
        `+${c.claimsAdded}`,
        source,
      ]);
      process.stdout.write(formatTable({ columns: COLUMNS, rows, nodeIds: [], edgeIds: [], truncated: false }));
    });
  });
}
