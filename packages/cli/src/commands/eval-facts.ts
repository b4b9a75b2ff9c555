// `kg eval facts --gold-dir <dir> [--corpus-root <dir>] [--verbose]`: the graph's edges, named nodes and
// claims against the exhaustive fact references (rules of gold/facts/README.md, scored by @kg/eval).
import type { Command } from 'commander';
import { extract } from '@kg/extractor';
import {
  FactsReferenceError,
  formatFactsCounts,
  formatFactsLine,
  formatFactsReport,
  formatNodesLine,
  readFactsGold,
  scoreFactsArticle,
  totalFactsCounts,
} from '@kg/eval';
import type { FactsCounts } from '@kg/eval';
import { CliError, EXIT } from '../cli-error.js';
import { ALIASES_OPTION, readAliasFile } from '../alias-file.js';

interface Options {
  goldDir: string;
  corpusRoot?: string;
  verbose?: boolean;
  aliases?: string;
}

export function registerEvalFacts(group: Command): void {
  group
    .command('facts')
    .description('score edges, named nodes and claims against exhaustive fact references (<article>.facts.json)')
    .requiredOption('--gold-dir <dir>', 'folder with <article>.facts.json references')
    .option('--corpus-root <dir>', "folder the references' document paths start from (default: two above --gold-dir)")
    .option('--verbose', 'list per article each edge as matched or not, each missed fact, node and claim')
    .option(...ALIASES_OPTION)
    .action(async (opts: Options) => {
      let articles;
      try {
        articles = await readFactsGold(opts.goldDir, opts.corpusRoot);
      } catch (err) {
        if (err instanceof FactsReferenceError) throw new CliError(`eval facts: ${err.message}`, EXIT.badInput);
        throw err;
      }
      const aliases = readAliasFile(opts.aliases);
      const counts: FactsCounts[] = [];
      for (const { name, reference, textPath, text } of articles) {
        const result = extract(text, { source: textPath, aliases });
        const score = scoreFactsArticle(reference, result, text);
        counts.push(score);
        const { facts: f, claims: c } = score;
        if (opts.verbose) process.stdout.write(formatFactsReport(name, score, result).join('\n') + '\n');
        process.stdout.write(
          `${name}: edges ${f.correct}/${f.predicted} correct, facts ${f.found}/${f.facts} (key ${f.keyFound}/${f.keyFacts}), claims ${c.predictedMatched}/${c.predicted} correct, ${c.found}/${c.claims} found\n`,
        );
      }
      const total = totalFactsCounts(counts);
      process.stdout.write(
        [formatFactsCounts(total), formatNodesLine(total), formatFactsLine(total)].join('\n') + '\n',
      );
    });
}
