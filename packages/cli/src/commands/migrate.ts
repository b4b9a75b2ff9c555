// `kg migrate --to neo4j`: copy the embedded graph (every document with its evidence) into Neo4j.
// `kg migrate --from-json <graph.json>`: load a store file of the former JSON format into the embedded store.
import type { Command } from 'commander';
import { openEmbeddedStore, readJsonGraphFile } from '@kg/graph';
import { CliError, EXIT } from '../cli-error.js';
import { progressBar } from '../import/progress.js';
import { describeStore, kgDir, NEO4J_HINT, openConfiguredStore, resolveStoreConfig } from '../store.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description(
      'copy the embedded store (.kg/graph.db) into Neo4j, or a graph.json of the former format into the embedded store (idempotent)',
    )
    .option('--to <target>', 'neo4j')
    .option('--from-json <file>', 'a graph.json written by an older kg')
    .option('--neo4j <uri>', 'target Neo4j Bolt URI (default: $NEO4J_URI)')
    .action(async (flags: { to?: string; neo4j?: string; fromJson?: string }) => {
      if (flags.fromJson !== undefined) {
        if (flags.to !== undefined)
          throw new CliError('migrate: expected either --to or --from-json, not both', EXIT.usage);
        return fromJson(flags.fromJson);
      }
      if (flags.to === undefined) throw new CliError('migrate: expected --to neo4j or --from-json <file>', EXIT.usage);
      if (flags.to !== 'neo4j') throw new CliError(`migrate: unknown --to "${flags.to}" (expected neo4j)`, EXIT.usage);
      const config = resolveStoreConfig({ neo4j: flags.neo4j });
      if (config.kind !== 'neo4j') throw new CliError(`migrate: no Neo4j given; ${NEO4J_HINT}`, EXIT.usage);
      const source = await openEmbeddedStore({ dir: kgDir() });
      const docs = await source.documents();
      await source.close();
      if (docs.length === 0)
        throw new CliError(`migrate: the embedded store in ${kgDir()} is empty; nothing to migrate`, EXIT.badInput);
      const target = await openConfiguredStore(config);
      const bar = progressBar('migrate', docs.length);
      try {
        const s = await target.importRows(docs, { onProgress: (d) => bar.update(d) });
        bar.stop();
        process.stdout.write(
          `migrated ${s.documents} document(s) (${s.unchanged} already there): +${s.entitiesAdded} entities, +${s.relationsAdded} relations, +${s.claimsAdded} claims → ${describeStore(config)}\n`,
        );
      } finally {
        bar.stop();
        await target.close();
      }
    });
}

async function fromJson(file: string): Promise<void> {
  let docs;
  try {
    docs = await readJsonGraphFile(file);
  } catch (err) {
    throw new CliError(`migrate: ${(err as Error).message}`, EXIT.badInput);
  }
  const store = await openEmbeddedStore({ dir: kgDir() });
  try {
    const s = await store.importRows(docs);
    process.stdout.write(
      `migrated ${s.documents} document(s) (${s.unchanged} already there): +${s.entitiesAdded} entities, +${s.relationsAdded} relations, +${s.claimsAdded} claims → ${describeStore({ kind: 'embedded', dir: kgDir() })}\n`,
    );
  } finally {
    await store.close();
  }
}
