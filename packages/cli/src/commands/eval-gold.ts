// `kg eval gold <gold.json> [--text <article>]`: score one article against a hand-made reference.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extract } from '@kg/extractor';
import { formatGoldScore, scoreGold } from '@kg/eval';
import type { GoldReference } from '@kg/eval';
import { CliError, EXIT } from '../cli-error.js';
import { ALIASES_OPTION, readAliasFile } from '../alias-file.js';

export function registerEvalGold(group: Command): void {
  group
    .command('gold <gold>')
    .description('score one article against a hand-made reference (format of gold/README.md)')
    .option('--text <article>', 'the article (default: the reference\'s "document" path)')
    .option(...ALIASES_OPTION)
    .action(async (goldPath: string, opts: { text?: string; aliases?: string }) => {
      const reference = await readReference(goldPath);
      const textPath = opts.text ?? reference.document;
      if (!textPath)
        throw new CliError(`eval gold: ${goldPath}: no "document" in the reference; pass --text <article>`, EXIT.usage);
      let text: string;
      try {
        text = await readFile(textPath, 'utf8');
      } catch (err) {
        throw new CliError(
          `eval gold: ${textPath}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
          EXIT.badInput,
        );
      }
      const result = extract(text, { source: textPath, aliases: readAliasFile(opts.aliases) });
      const score = scoreGold(reference, result);
      for (const name of score.missingEntities) process.stdout.write(`missing entity: ${name}\n`);
      for (const id of score.missingRelations) process.stdout.write(`missing relation: ${id}\n`);
      for (const v of score.violations) process.stdout.write(`violation: ${v}\n`);
      process.stdout.write(formatGoldScore(score) + '\n');
    });
}

async function readReference(path: string): Promise<GoldReference> {
  let json: GoldReference;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new CliError(`eval gold: ${path}: expected a JSON reference (${(err as Error).message})`, EXIT.badInput);
  }
  if (!json || !Array.isArray(json.entities))
    throw new CliError(`eval gold: ${path}: expected an "entities" array`, EXIT.badInput);
  return json;
}
