// extract(): text → ExtractionResult, on one shared compromise parse. Entities first
// (entities/), then relations over them (relations/).
import nlp from 'compromise';
import { documentId } from './document-id.js';
import { ExtractOptionsError } from './errors.js';
import { findEntities } from './entities/index.js';
import { findRelations } from './relations/index.js';
import type { ExtractOptions, ExtractionResult, Sentence } from './types.js';

export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  validateOptions(options);
  const source = typeof text === 'string' ? text : '';
  const doc = nlp(source);
  const sentences = splitSentences(doc);
  const entities = findEntities({ doc, text: source, sentences, aliases: options.aliases });
  const { triples, propositions } = findRelations({ doc, text: source, sentences, entities });
  return {
    document: {
      id: options.id ?? documentId(source),
      title: options.title,
      source: options.source,
      date: options.date,
      chars: source.length,
    },
    sentences,
    entities,
    triples,
    propositions,
  };
}

function splitSentences(doc: ReturnType<typeof nlp>): Sentence[] {
  const json = doc.sentences().json({ offset: true, text: true }) as Array<{
    text: string;
    offset: { start: number; length: number };
  }>;
  return json.map((s, index) => ({ index, start: s.offset.start, end: s.offset.start + s.offset.length, text: s.text }));
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
}
