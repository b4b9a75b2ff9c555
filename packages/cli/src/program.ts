// The command registry: every `kg` verb is one file under commands/, listed here.
import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { EXIT_HELP } from './store.js';
import type { RegisterCommand } from './register-command.js';

/**
 * Every verb and the module that registers it, in the order `kg --help` lists them. A module is imported
 * only when its verb runs (or for help on all of them): each brings its own heavy libraries (the viewer's
 * server, the evaluation scorers, the feed poller), so `kg stats` does not load what `kg serve` needs.
 */
const COMMANDS: Record<string, () => Promise<RegisterCommand>> = {
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  eval: async () => (await import('./commands/eval.js')).registerEval,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  import: async () => (await import('./commands/import.js')).registerImport,
  query: async () => (await import('./commands/query.js')).registerQuery,
  stats: async () => (await import('./commands/stats.js')).registerStats,
  export: async () => (await import('./commands/export.js')).registerExport,
  aliases: async () => (await import('./commands/aliases.js')).registerAliases,
  documents: async () => (await import('./commands/documents.js')).registerDocuments,
  'delete-document': async () => (await import('./commands/delete-document.js')).registerDeleteDocument,
  migrate: async () => (await import('./commands/migrate.js')).registerMigrate,
  doctor: async () => (await import('./commands/doctor.js')).registerDoctor,
  history: async () => (await import('./commands/history.js')).registerHistory,
  watch: async () => (await import('./commands/watch.js')).registerWatch,
};

/** The program with the verb `argv` names registered (every verb when it names none or an unknown one). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const verb = argv[2];
  const loads = verb !== undefined && Object.hasOwn(COMMANDS, verb) ? [COMMANDS[verb]] : Object.values(COMMANDS);
  const registry = await Promise.all(loads.map((load) => load()));
  const program = new Command('kg')
    .description('Offline knowledge-graph builder: articles → entities and relations → Neo4j / embedded store → viewer')
    .exitOverride()
    .showHelpAfterError(false);
  for (const register of registry) register(program);
  // Every command, however deep, says its exit codes under --help and reports commander's own errors
  // (unknown option, missing argument) with the same `kg:` prefix as the rest.
  const all = (cmd: Command): Command[] => [cmd, ...cmd.commands.flatMap(all)];
  for (const cmd of all(program)) {
    cmd.exitOverride().configureOutput({
      outputError: (message, write) => write(`kg: ${message.replace(/^error: /, '')}`),
    });
    cmd.addHelpText('after', EXIT_HELP);
  }
  return program;
}

/** Runs the CLI and resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  try {
    await (await buildProgram(argv)).parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof CliError) {
      process.stderr.write(`kg: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
