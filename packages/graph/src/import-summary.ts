// importSummary(): what an import reports, the same for every store; additions are the growth of the
// store's entity, relationship and claim totals by this import (never negative: a replaced document may
// remove some) — the embedded store compares its totals under its write lock, Neo4j adds up each of its
// own statements' counters, so a concurrent importer's writes never count; corroborations, disputes and
// replacements are counted by the store as it writes each document.
import type { ImportSummary } from './types.js';

export interface StoreTotals {
  entities: number;
  relations: number;
  claims: number;
}

export function importSummary(
  counts: Pick<ImportSummary, 'documents' | 'unchanged' | 'sentences' | 'corroborated' | 'disputed' | 'replaced'>,
  before: StoreTotals,
  after: StoreTotals,
): ImportSummary {
  return {
    ...counts,
    entitiesAdded: Math.max(0, after.entities - before.entities),
    relationsAdded: Math.max(0, after.relations - before.relations),
    claimsAdded: Math.max(0, after.claims - before.claims),
  };
}
