// @kg/extractor: text → typed entities, resolved aliases and evidence-backed triples.
export { extract } from './extract.js';
export { entityId } from './entity-id.js';
export { ArticleInputError, ExtractOptionsError } from './errors.js';
export { articleOptions } from './article-options.js';
export type { ArticleInput } from './article-options.js';
export { ARTICLE_EXTENSIONS, readArticleText } from './read-article-text.js';
export type {
  Alias,
  AliasRules,
  Claim,
  DocumentInfo,
  Entity,
  EntityType,
  Evidence,
  ExtractOptions,
  ExtractionResult,
  Mention,
  Predicate,
  Proposition,
  Sentence,
  Triple,
} from './types.js';
export { AliasFileError, ENTITY_TYPES, applyAliasRules, loadAliasRules, validateAliasRules } from './alias-rules.js';
export { MAX_TEXT_CHARS, prepareText } from './prepare-text.js';
export { EXTRACT_LIMITS } from './limits.js';
export { extractBatch, resolveBatchOptions, DEFAULT_BATCH_THREADS } from './extract-batch.js';
export { closeWorkerPool } from './worker-pool.js';
export type { BatchItem, BatchOptions } from './extract-batch.js';
