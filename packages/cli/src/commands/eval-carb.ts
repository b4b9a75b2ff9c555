// `kg eval carb --sentences <file> --gold <tsv> [--out <file>]`: open-IE propositions scored with CaRB.
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extract } from '@kg/extractor';
import { carbTuplesOf, formatCarbSystemLine, parseCarbGold, parseCarbSystem, ptbDetokenize, scoreCarb } from '@kg/eval';
import type { CarbTuple } from '@kg/eval';
import { CliError, EXIT } from '../cli-error.js';

async function readInput(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new CliError(
      `eval carb: ${path}: cannot read ${what} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      EXIT.badInput,
    );
  }
}

/** Runs the extractor on one PTB line and returns its propositions as CaRB tuples in the line's tokens. */
function carbTuplesFor(line: string): CarbTuple[] {
  const detok = ptbDetokenize(line);
  return carbTuplesOf(detok, extract(detok.text).propositions);
}

export function registerEvalCarb(group: Command): void {
  group
    .command('carb')
    .description('score open-IE propositions on CaRB (rules in bench/carb/README.md)')
    .requiredOption('--sentences <file>', 'PTB-tokenised sentences, one per line')
    .requiredOption('--gold <tsv>', 'CaRB gold tuples')
    .option('--out <file>', 'also write the extractions in the tabbed system format')
    .action(async (opts: { sentences: string; gold: string; out?: string }) => {
      const sentences = (await readInput(opts.sentences, 'sentences')).split(/\r?\n/).filter((l) => l.trim());
      let gold;
      try {
        gold = parseCarbGold(await readInput(opts.gold, 'gold tuples'), opts.gold);
      } catch (err) {
        if (err instanceof CliError) throw err;
        throw new CliError(`eval carb: ${(err as Error).message}`, EXIT.badInput);
      }
      const lines: string[] = [];
      for (const line of sentences) {
        const sentence = line.trim();
        for (const tuple of carbTuplesFor(sentence)) lines.push(formatCarbSystemLine(sentence, tuple));
      }
      const output = lines.join('\n') + (lines.length ? '\n' : '');
      if (opts.out) await writeFile(opts.out, output, 'utf8');
      const score = scoreCarb(gold, parseCarbSystem(output, 'extractions'));
      process.stdout.write(
        `sentences=${sentences.length} extractions=${lines.length} threshold=${score.threshold}\n` +
          `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} F1=${score.f1.toFixed(3)}\n`,
      );
    });
}
