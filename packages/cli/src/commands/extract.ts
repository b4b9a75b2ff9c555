// `kg extract <file>`: print the extraction result without touching any store.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extract } from '@kg/extractor';
import { CliError, EXIT } from '../cli-error.js';
import { ALIASES_OPTION, readAliasFile } from '../alias-file.js';
import { formatTriples } from '../format-triples.js';

export function registerExtract(program: Command): void {
  program
    .command('extract <file>')
    .description('print the extraction result of one article (no store is touched)')
    .option('--format <format>', 'json (the whole ExtractionResult) or triples (one line per triple)', 'json')
    .option(...ALIASES_OPTION)
    .action(async (file: string, opts: { format: string; aliases?: string }) => {
      if (opts.format !== 'json' && opts.format !== 'triples')
        throw new CliError(`extract: unknown --format "${opts.format}" (expected json or triples)`, EXIT.usage);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        throw new CliError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.badInput);
      }
      const result = extract(text, { source: file, aliases: readAliasFile(opts.aliases) });
      process.stdout.write(
        (opts.format === 'triples' ? formatTriples(result) : JSON.stringify(result, null, 2)) + '\n',
      );
    });
}
