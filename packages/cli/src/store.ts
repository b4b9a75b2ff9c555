// Store selection, the composition root's one decision: the embedded store under `.kg/` by default,
// Neo4j when NEO4J_URI is set or `--neo4j <uri>` is given.
import path from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_NEO4J, openEmbeddedStore, openNeo4jStore, type GraphStore, type Neo4jStore } from '@kg/graph';
import { CliError, EXIT } from './cli-error.js';
import { shownPath } from './shown-path.js';

export interface StoreFlags {
  neo4j?: string;
}

export type StoreConfig =
  { kind: 'embedded'; dir: string } | { kind: 'neo4j'; uri: string; user: string; password: string; database: string };

/** The project's `.kg` directory: $KG_DIR, else `<cwd>/.kg`. */
export function kgDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.KG_DIR || '.kg');
}

export function resolveStoreConfig(flags: StoreFlags = {}, env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const uri = flags.neo4j ?? env.NEO4J_URI;
  if (!uri) return { kind: 'embedded', dir: kgDir(env) };
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
    throw new CliError(`store: expected a Neo4j URI like bolt://127.0.0.1:7687, got "${uri}"`, EXIT.usage);
  }
  return {
    kind: 'neo4j',
    uri,
    user: env.NEO4J_USER || DEFAULT_NEO4J.user,
    password: env.NEO4J_PASSWORD || DEFAULT_NEO4J.password,
    database: env.NEO4J_DATABASE || DEFAULT_NEO4J.database,
  };
}

export function describeStore(config: StoreConfig): string {
  return config.kind === 'embedded'
    ? `embedded store ${shownPath(path.join(config.dir, 'graph.db'))}`
    : `Neo4j ${config.uri} (database ${config.database})`;
}

/** The one text telling the user how to get a Neo4j (for Cypher, migration, stored analytics). */
export const NEO4J_HINT =
  'start Neo4j with `pnpm neo4j:start` (or `docker compose up -d neo4j`) and set NEO4J_URI=bolt://127.0.0.1:7687 or pass --neo4j <uri>';

export const EXIT_HELP = `
Exit codes: ${EXIT.ok} ok, ${EXIT.failure} failure (e.g. a Cypher error), ${EXIT.usage} usage error, ${EXIT.badInput} bad input (missing/empty/binary file, unknown document), ${EXIT.storeUnavailable} store unavailable (Neo4j unreachable, Cypher on the embedded store), ${EXIT.partial} some import items failed (each named on stderr; the rest were imported).`;

/** Adds the store-choosing flags to a command. */
export function addStoreOptions(cmd: Command): Command {
  return cmd.option(
    '--neo4j <uri>',
    'use the Neo4j at this Bolt URI (default: $NEO4J_URI, else the embedded store in .kg/)',
  );
}

/** Opens the configured store; a Neo4j config gives the Neo4j store (migration writes its rows). */
export function openConfiguredStore(config: Extract<StoreConfig, { kind: 'neo4j' }>): Promise<Neo4jStore>;
export function openConfiguredStore(config: StoreConfig): Promise<GraphStore>;
export async function openConfiguredStore(config: StoreConfig): Promise<GraphStore> {
  try {
    if (config.kind === 'embedded') return await openEmbeddedStore({ dir: config.dir });
    return await openNeo4jStore({
      uri: config.uri,
      user: config.user,
      password: config.password,
      database: config.database,
    });
  } catch (err) {
    const e = err as Error & { code?: string };
    // An unreachable Neo4j is most often one that was never started.
    const hint =
      config.kind === 'neo4j' && /ServiceUnavailable|ECONNREFUSED|connect/i.test(`${e.code} ${e.message}`)
        ? ` (Neo4j unreachable: start the local one with \`pnpm neo4j:start\`)`
        : '';
    throw new CliError(
      `store: cannot open the ${describeStore(config)}: ${e.message.split('\n')[0]}${hint}`,
      EXIT.storeUnavailable,
    );
  }
}

/** Runs `fn` with an open store and always closes it. */
export async function withStore<T>(
  flags: StoreFlags,
  fn: (store: GraphStore, config: StoreConfig) => Promise<T>,
): Promise<T> {
  const config = resolveStoreConfig(flags);
  const store = await openConfiguredStore(config);
  try {
    return await fn(store, config);
  } finally {
    await store.close();
  }
}
