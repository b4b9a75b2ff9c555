// `kg delete-document <id>`: remove a document and the evidence only it supported.
import type { Command } from 'commander';
import { CliError, EXIT } from '../cli-error.js';
import { addStoreOptions, describeStore, withStore, type StoreFlags } from '../store.js';

export function registerDeleteDocument(program: Command): void {
  addStoreOptions(
    program
      .command('delete-document')
      .argument('<id>', 'document id (see `kg documents`)')
      .description('remove a document and the evidence only it supported'),
  ).action(async (id: string, flags: StoreFlags) => {
    await withStore(flags, async (store, config) => {
      if (!(await store.deleteDocument(id)))
        throw new CliError(`delete-document: no document "${id}" in the ${describeStore(config)}`, EXIT.badInput);
      process.stdout.write(`deleted document ${id} from the ${describeStore(config)}\n`);
    });
  });
}
