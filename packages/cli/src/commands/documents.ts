// `kg documents`: the stored documents — the ids `kg delete-document` takes, with title, source, published
// date and outlet.
import type { Command } from 'commander';
import { CliError, EXIT } from '../cli-error.js';
import { addStoreOptions, withStore, type StoreFlags } from '../store.js';
import { formatTable } from './query.js';

interface DocumentsFlags extends StoreFlags {
  format: string;
}

const COLUMNS = ['id', 'title', 'source', 'date', 'outlet', 'sentences'] as const;

export function registerDocuments(program: Command): void {
  addStoreOptions(
    program
      .command('documents')
      .description(
        'list the stored documents: id, title, source, published date, outlet, sentences (oldest import first)',
      )
      .option('--format <format>', 'table or json', 'table'),
  ).action(async (flags: DocumentsFlags) => {
    if (!['table', 'json'].includes(flags.format))
      throw new CliError(`documents: unknown --format "${flags.format}" (expected table or json)`, EXIT.usage);
    await withStore(flags, async (store) => {
      // The snapshot's document list is the one the viewer shows; one node is enough to get it.
      const { documents } = await store.snapshot({ limit: 1 });
      if (flags.format === 'json') {
        process.stdout.write(JSON.stringify(documents, null, 2) + '\n');
        return;
      }
      const rows = documents.map((d) => COLUMNS.map((c) => (c === 'outlet' ? d.outlet?.name : d[c]) ?? ''));
      process.stdout.write(formatTable({ columns: [...COLUMNS], rows, nodeIds: [], edgeIds: [], truncated: false }));
    });
  });
}
