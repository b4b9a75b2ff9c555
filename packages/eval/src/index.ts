// @kg/eval: scorers of the extractor's output against benchmarks and hand-made references (a library;
// the `kg eval` verbs of the CLI read the files, run the extractor and print these scores).
export { CarbFormatError } from './errors.js';
export { scoreCarb } from './carb-scorer.js';
export type { CarbPoint, CarbScore } from './carb-scorer.js';
export { formatCarbSystemLine, parseCarbGold, parseCarbSystem } from './carb-tsv.js';
export type { CarbTuple, CarbTuples } from './carb-tsv.js';
export { ptbDetokenize } from './ptb-detokenize.js';
export type { Detokenized } from './ptb-detokenize.js';
export { carbTuplesOf } from './carb-tuples.js';
export { formatGoldScore, scoreGold } from './gold-scorer.js';
export type { GoldEntity, GoldReference, GoldRelation, GoldScore } from './gold-scorer.js';
export { formatGumScore, goldNamedMentions, predictedMentions, scoreGumDocument, totalGumScore } from './gum-scorer.js';
export type { GumDocCounts, GumGoldMention, GumScore } from './gum-scorer.js';
