// `kg migrate --to neo4j`: copy the embedded graph (every document with its evidence) into Neo4j.
import type { Command } from 'commander';
import { openEmbeddedStore, type Neo4jStore } from '@kg/graph';
import { CliError, EXIT } from '../cli-error.js';
import { progressBar } from '../import/progress.js';
import { describeStore, EXIT_HELP, kgDir, openConfiguredStore, resolveStoreConfig } from '../store.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('copy the embedded store (.kg/graph.json) into Neo4j (idempotent)')
    .requiredOption('--to <target>', 'neo4j')
    .option('--neo4j <uri>', 'target Neo4j Bolt URI (default: $NEO4J_URI)')
    .addHelpText('after', EXIT_HELP)
    .action(async (flags: { to: string; neo4j?: string }) => {
      if (flags.to !== 'neo4j') throw new CliError(`migrate: unknown --to "${flags.to}" (expected neo4j)`, EXIT.usage);
      const config = resolveStoreConfig({ neo4j: flags.neo4j });
      if (config.kind !== 'neo4j')
        throw new CliError(
          'migrate: no Neo4j given: set NEO4J_URI or pass --neo4j <uri> (start one with `pnpm neo4j:start`)',
          EXIT.usage,
        );
      const source = await openEmbeddedStore({ dir: kgDir() });
      const docs = await source.documents();
      if (docs.length === 0)
        throw new CliError(`migrate: the embedded store in ${kgDir()} is empty; nothing to migrate`, EXIT.badInput);
      const target = (await openConfiguredStore(config)) as Neo4jStore;
      const bar = progressBar('migrate', docs.length);
      try {
        const s = await target.importRows(docs, { onProgress: (d) => bar.update(d) });
        bar.stop();
        process.stdout.write(
          `migrated ${s.documents} document(s) (${s.unchanged} already there): +${s.entitiesAdded} entities, +${s.relationsAdded} relations → ${describeStore(config)}\n`,
        );
      } finally {
        bar.stop();
        await target.close();
      }
    });
}
