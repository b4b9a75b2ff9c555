// The command registry: every `kg` verb is one file under commands/, listed here.
import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { EXIT_HELP } from './store.js';
import { registerExtract } from './commands/extract.js';
import { registerEval } from './commands/eval.js';
import { registerImport } from './commands/import.js';
import { registerQuery } from './commands/query.js';
import { registerStats } from './commands/stats.js';
import { registerExport } from './commands/export.js';
import { registerDeleteDocument } from './commands/delete-document.js';
import { registerDocuments } from './commands/documents.js';
import { registerMigrate } from './commands/migrate.js';
import { registerAliases } from './commands/aliases.js';
import { registerServe } from './commands/serve.js';
import { registerDoctor } from './commands/doctor.js';
import { registerHistory } from './commands/history.js';
import { registerWatch } from './commands/watch.js';

const registry: Array<(program: Command) => void> = [registerExtract, registerEval, registerServe];
registry.push(
  registerImport,
  registerQuery,
  registerStats,
  registerExport,
  registerAliases,
  registerDocuments,
  registerDeleteDocument,
  registerMigrate,
  registerDoctor,
  registerHistory,
  registerWatch,
);

export function buildProgram(): Command {
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
    await buildProgram().parseAsync(argv);
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
