// Small hand-written entities, triples, results and fact references shared by the scorer tests.
import type { Entity, EntityType, ExtractionResult, Triple } from '@kg/extractor';
import type { FactsReference, ReferenceFact } from '../src/facts-reference.js';

export const node = (name: string, type: EntityType = 'Organization'): Entity => ({
  id: `${type}:${name}`,
  name,
  type,
  aliases: [],
  mentions: [],
});

export const triple = (
  s: Entity,
  type: string,
  o: Entity,
  text = type.toLowerCase(),
  more: Partial<Triple> = {},
): Triple => ({
  subject: s.id,
  predicate: { type, lemma: text.split(' ')[0], text },
  object: o.id,
  confidence: 0.9,
  evidence: { sentence: 0, start: 0, end: 1, text: '' },
  negated: false,
  hedged: false,
  ...more,
});

export const fact = (
  id: string,
  subject: string,
  object: string,
  more: Partial<ReferenceFact> = {},
): ReferenceFact => ({
  id,
  subject,
  object,
  types: ['RELATED_TO'],
  cues: [],
  evidence: '',
  key: false,
  attributedTo: null,
  negated: false,
  hedged: false,
  symmetric: false,
  ...more,
});

export const result = (entities: Entity[], triples: Triple[] = [], extra: object = {}): ExtractionResult => ({
  document: { id: 'd', chars: 0 },
  sentences: [],
  entities,
  triples,
  claims: [],
  propositions: [],
  ...extra,
});

export const reference = (more: Partial<FactsReference>): FactsReference => ({
  document: 'corpus/a.txt',
  entities: [],
  facts: [],
  claims: [],
  ...more,
});
