// `kg eval entities --gold-dir <dir> [--out <dir>]`: named-entity mentions, types and merges against
// GUM-style gold (<doc>.txt + <doc>.entities.json), scored as bench/gum/README.md specifies.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { extract } from '@kg/extractor';
import { formatGumScore, goldNamedMentions, predictedMentions, scoreGumDocument, totalGumScore } from '@kg/eval';
import type { GumGoldMention } from '@kg/eval';
import { CliError, EXIT } from '../cli-error.js';
import { ALIASES_OPTION, readAliasFile } from '../alias-file.js';

export function registerEvalEntities(group: Command): void {
  group
    .command('entities')
    .description('score named entities and merges against GUM-style gold (<doc>.txt + <doc>.entities.json)')
    .requiredOption('--gold-dir <dir>', 'folder with <doc>.txt and <doc>.entities.json')
    .option('--out <dir>', "also write each document's ExtractionResult as <doc>.json")
    .option(...ALIASES_OPTION)
    .action(async (opts: { goldDir: string; out?: string; aliases?: string }) => {
      let names: string[];
      try {
        names = (await readdir(opts.goldDir)).filter((f) => f.endsWith('.entities.json')).sort();
      } catch (err) {
        throw new CliError(
          `eval entities: ${opts.goldDir}: cannot read folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
          EXIT.badInput,
        );
      }
      if (!names.length)
        throw new CliError(
          `eval entities: ${opts.goldDir}: expected <doc>.entities.json files, found none`,
          EXIT.badInput,
        );
      const aliases = readAliasFile(opts.aliases);
      if (opts.out) await mkdir(opts.out, { recursive: true });
      const counts = [];
      for (const name of names) {
        const doc = name.replace(/\.entities\.json$/, '');
        const [text, gold] = await Promise.all([
          readText(join(opts.goldDir, `${doc}.txt`)),
          readGold(join(opts.goldDir, name)),
        ]);
        const result = extract(text, { id: doc, source: join(opts.goldDir, `${doc}.txt`), aliases });
        const c = scoreGumDocument(goldNamedMentions(gold), predictedMentions(result), text);
        counts.push(c);
        process.stdout.write(
          `${doc}: gold=${c.gold} predicted=${c.predicted} matched=${c.matched} merges=${c.mergeOk}/${c.mergeIdentities} over-merges=${c.overMerges}\n`,
        );
        if (opts.out) await writeFile(join(opts.out, `${doc}.json`), JSON.stringify(result, null, 2) + '\n');
      }
      process.stdout.write(formatGumScore(totalGumScore(counts)) + '\n');
    });
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new CliError(
      `eval entities: ${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      EXIT.badInput,
    );
  }
}

async function readGold(path: string): Promise<GumGoldMention[]> {
  let json: { mentions?: unknown };
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new CliError(`eval entities: ${path}: expected a JSON gold file (${(err as Error).message})`, EXIT.badInput);
  }
  if (!Array.isArray(json.mentions))
    throw new CliError(`eval entities: ${path}: expected a "mentions" array`, EXIT.badInput);
  return json.mentions as GumGoldMention[];
}
