// `kg serve`: the viewer page and its HTTP API over the active store (embedded by default, or Neo4j).
import type { Command } from 'commander';
import { exportGraph } from '@kg/graph';
import type { AliasRules, ExtractOptions, ExtractionResult } from '@kg/extractor';
import {
  DEFAULT_VIEWER_SETTINGS,
  MIN_TOKEN_LENGTH,
  defaultWebRoot,
  isLoopbackHost,
  resolveViewerSettings,
  startViewerServer,
} from '@kg/viewer';
import { CliError, EXIT } from '../cli-error.js';
import { readAliasFile } from '../alias-file.js';
import {
  addStoreOptions,
  describeStore,
  NEO4J_HINT,
  openConfiguredStore,
  resolveStoreConfig,
  type StoreFlags,
} from '../store.js';

interface ServeFlags extends StoreFlags {
  host: string;
  port: string;
  bodyLimit?: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new CliError(`serve: expected --port to be 0..65535 (0 = a free port), got "${value}"`, EXIT.usage);
  return port;
}

/**
 * The viewer's upload extracts like `kg import` (the intake's options plus the user's alias rules), on a
 * worker thread so the server keeps answering meanwhile; the server's timeout aborts it (the worker is stopped).
 * The extractor loads with the first upload: a server that only shows the graph never needs compromise.
 */
export function articleExtractor(
  aliases?: AliasRules,
): (text: string, options: ExtractOptions, signal?: AbortSignal) => Promise<ExtractionResult> {
  return async (text, options, signal) => {
    const item = { text, options: aliases ? { ...options, aliases } : options };
    const { extractOnWorkers } = await import('../import/extract-articles.js');
    return (await extractOnWorkers([item], { threads: 1, signal }))[0];
  };
}

export function registerServe(program: Command): void {
  const cmd = program
    .command('serve')
    .description(
      `serve the graph explorer and its HTTP API (http://${DEFAULT_VIEWER_SETTINGS.host}:${DEFAULT_VIEWER_SETTINGS.port}/ by default)`,
    )
    .option(
      '--host <host>',
      'interface to bind (0.0.0.0 exposes it beyond this machine and needs KG_TOKEN)',
      DEFAULT_VIEWER_SETTINGS.host,
    )
    .addHelpText(
      'after',
      '\nKG_TOKEN: an access token every /api request must carry (Authorization: Bearer …; the page asks for it once).\nRequired when --host is not a loopback address.',
    )
    .option('--port <port>', 'port; 0 picks a free one', String(DEFAULT_VIEWER_SETTINGS.port))
    .option(
      '--body-limit <bytes>',
      'largest accepted upload/request body in bytes',
      String(DEFAULT_VIEWER_SETTINGS.bodyLimit),
    );
  addStoreOptions(cmd).action(async (flags: ServeFlags) => {
    const port = parsePort(flags.port);
    const bodyLimit = Number(flags.bodyLimit);
    if (!Number.isInteger(bodyLimit) || bodyLimit <= 0)
      throw new CliError(`serve: expected --body-limit to be a positive integer, got "${flags.bodyLimit}"`, EXIT.usage);
    const token = process.env.KG_TOKEN || undefined;
    if (!token && !isLoopbackHost(flags.host))
      throw new CliError(
        `serve: --host ${flags.host} exposes the API beyond this machine; set KG_TOKEN to an access token of at least ${MIN_TOKEN_LENGTH} characters (e.g. KG_TOKEN=$(openssl rand -hex 24))`,
        EXIT.usage,
      );
    const settings = { host: flags.host, port, bodyLimit, token };
    try {
      resolveViewerSettings(settings);
    } catch (err) {
      throw new CliError(`serve: ${(err as Error).message}`, EXIT.usage);
    }
    const config = resolveStoreConfig(flags);
    const store = await openConfiguredStore(config);
    const aliases = readAliasFile();
    let viewer;
    try {
      viewer = await startViewerServer({
        store,
        extractArticle: articleExtractor(aliases),
        aliases,
        exportGraph: (format) => exportGraph(store, format),
        webRoot: defaultWebRoot(),
        cypherHint: `Cypher needs Neo4j: ${NEO4J_HINT}`,
        settings,
      });
    } catch (err) {
      await store.close();
      const e = err as NodeJS.ErrnoException;
      const why = e.code === 'EADDRINUSE' ? `port ${port} is in use (try --port 0)` : e.message;
      throw new CliError(`serve: cannot listen on ${flags.host}:${port}: ${why}`, EXIT.failure);
    }
    // The handlers go in before the line that invites Ctrl+C, so a signal sent right after it is caught.
    const stopped = new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    const guarded = token ? ' — the API needs the access token in KG_TOKEN' : '';
    process.stdout.write(`kg serve: ${viewer.url} (${describeStore(config)})${guarded} — Ctrl+C to stop\n`);
    await stopped;
    await viewer.close();
    await store.close();
  });
}
