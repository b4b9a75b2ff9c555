// @kg/eval: scorers of the extractor's output against benchmarks and hand-made references (a library;
// the `kg eval` verbs of the CLI read the files, run the extractor and print these scores).
export { CarbFormatError, FactsReferenceError } from './errors.js';
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
export { parseFactsReference } from './facts-reference.js';
export type { FactsReference, ReferenceClaim, ReferenceEntity, ReferenceFact } from './facts-reference.js';
export { readFactsGold } from './read-facts-gold.js';
export type { FactsGoldArticle } from './read-facts-gold.js';
export {
  formatFactsCounts,
  formatFactsLine,
  formatNodesLine,
  scoreFactsArticle,
  totalFactsCounts,
} from './facts-score.js';
export type { FactsArticleScore, FactsCounts } from './facts-score.js';
export { formatFactsReport } from './facts-report.js';
