// `kg eval <benchmark>`: one command group; each benchmark registers its subcommand from its own file.
import type { Command } from 'commander';
import { registerEvalEntities } from './eval-entities.js';
import { registerEvalGold } from './eval-gold.js';
import { registerEvalCarb } from './eval-carb.js';
import { registerEvalFacts } from './eval-facts.js';

const subcommands: Array<(group: Command) => void> = [
  registerEvalEntities,
  registerEvalGold,
  registerEvalCarb,
  registerEvalFacts,
];

export function registerEval(program: Command): void {
  const group = program.command('eval').description('score the extractor against a benchmark or a hand-made reference');
  for (const register of subcommands) register(group);
}
