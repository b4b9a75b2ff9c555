// `kg extract <file>`: print the extraction result without touching any store.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extract } from '@kg/extractor';
import { CliError, EXIT } from '../cli-error.js';
import { aliasRulesFor } from '../alias-option.js';

export function registerExtract(program: Command): void {
  program
    .command('extract <file>')
    .description('print the extraction result of one article (no store is touched)')
    .option('--format <format>', 'json', 'json')
    .option('--aliases <file>', 'alias rules to apply (default: .kg/aliases.json when present)')
    .action(async (file: string, opts: { format: string; aliases?: string }) => {
      if (opts.format !== 'json') throw new CliError(`extract: unknown --format "${opts.format}" (expected json)`, EXIT.usage);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        throw new CliError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.badInput);
      }
      process.stdout.write(JSON.stringify(extract(text, { source: file, aliases: aliasRulesFor(opts.aliases) }), null, 2) + '\n');
    });
}
