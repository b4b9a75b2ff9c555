// @kg/extractor: text → typed entities, resolved aliases and evidence-backed triples.
export { extract } from './extract.js';
export { entityId } from './entity-id.js';
export { commonWord, ordinaryWord } from './common-word.js';
export { familyName } from './entities/names/name-particles.js';
export { ArticleInputError, ExtractOptionsError } from './errors.js';
export { articleOptions } from './article-options.js';
export type { ArticleInput } from './article-options.js';
export { ARTICLE_EXTENSIONS, readArticle } from './read-article.js';
export type { ReadArticleOptions } from './read-article.js';
export { DATASET_EXTENSIONS, readDataset } from './intake/read-dataset.js';
export type { DatasetRecord } from './intake/read-dataset.js';
export { DEFAULT_DATASET_FIELDS, resolveDatasetFields } from './intake/dataset-fields.js';
export type { DatasetFields } from './intake/dataset-fields.js';
export { readFeed } from './intake/read-feed.js';
export type { Feed, FeedItem } from './intake/read-feed.js';
export { canonicalUrl } from './intake/canonical-url.js';
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
  Outlet,
  Predicate,
  Proposition,
  Sentence,
  TimeRef,
  Triple,
} from './types.js';
export { AliasFileError, ENTITY_TYPES, applyAliasRules, loadAliasRules, validateAliasRules } from './alias-rules.js';
export { MAX_TEXT_CHARS, prepareText } from './prepare-text.js';
export { EXTRACT_LIMITS } from './limits.js';
export { extractBatch, resolveBatchOptions, DEFAULT_BATCH_THREADS } from './extract-batch.js';
export { closeWorkerPool } from './worker-pool.js';
export type { BatchItem, BatchOptions } from './extract-batch.js';
