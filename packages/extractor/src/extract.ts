// extract(): text → ExtractionResult, on one shared compromise parse. Entities first
// (entities/), then relations over them (relations/).
import { parse } from './parse.js';
import { documentId } from './document-id.js';
import { ExtractOptionsError } from './errors.js';
import { findEntities } from './entities/find-entities.js';
import { findRelations } from './relations/index.js';
import { prepareText } from './prepare-text.js';
import { restoreEditorialBrackets } from './editorial-brackets.js';
import { qualifyBodies } from './qualify-bodies.js';
import { boundSentences } from './bound-sentences.js';
import { tokenise } from './tokens.js';
import { AliasFileError, validateAliasRules } from './alias-rules.js';
import type { ExtractOptions, ExtractionResult } from './types.js';

export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  validateOptions(options);
  const source = typeof text === 'string' ? text : '';
  const cleaned = prepareText(source);
  const bounded = boundSentences(cleaned.text);
  const prepared = bounded.text;
  const warnings = [...cleaned.warnings, ...bounded.warnings];
  const doc = parse(prepared);
  const tokens = tokenise(doc, prepared);
  const sentences = tokens.sentences;
  const found = findEntities({ text: prepared, aliases: options.aliases, tokens });
  const entities = found.entities;
  warnings.push(...found.warnings);
  const relations = findRelations({ doc, text: prepared, sentences, entities, tokens, date: options.date });
  warnings.push(...relations.warnings);
  const { triples, claims, propositions } = relations;
  const result: ExtractionResult = {
    document: {
      id: options.id ?? documentId(source),
      title: options.title,
      source: options.source,
      date: options.date,
      ...(options.outlet ? { outlet: { ...options.outlet } } : {}),
      chars: source.length,
      ...(warnings.length ? { warnings } : {}),
    },
    sentences,
    entities,
    triples,
    claims,
    propositions,
  };
  qualifyBodies(result);
  restoreEditorialBrackets(result, prepared, cleaned.edits);
  return result;
}

function validateOptions(options: ExtractOptions): void {
  if (options === null || typeof options !== 'object') {
    throw new ExtractOptionsError('extract: expected options to be an object');
  }
  for (const key of ['id', 'title', 'source', 'date'] as const) {
    const v = options[key];
    if (v !== undefined && typeof v !== 'string') {
      throw new ExtractOptionsError(`extract: expected options.${key} to be a string`);
    }
  }
  const outlet = options.outlet as unknown;
  if (
    outlet !== undefined &&
    (outlet === null ||
      typeof outlet !== 'object' ||
      typeof (outlet as { name?: unknown }).name !== 'string' ||
      !['string', 'undefined'].includes(typeof (outlet as { domain?: unknown }).domain))
  )
    throw new ExtractOptionsError('extract: expected options.outlet to be { name: string, domain?: string }');
  if (options.aliases !== undefined) {
    try {
      validateAliasRules(options.aliases, 'options.aliases');
    } catch (err) {
      if (err instanceof AliasFileError)
        throw new ExtractOptionsError(err.message.replace(/^loadAliasRules: /, 'extract: '));
      throw err;
    }
  }
}
