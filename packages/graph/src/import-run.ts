// importRun(): the record of one import (ImportRun), the same in every store: an id that sorts by time,
// when it ended, what it was given, and its summary's counts; addSummaries() adds up an import's batches.
import { randomBytes } from 'node:crypto';
import type { ImportRun, ImportSummary } from './types.js';

export function importRun(source: string, summary: ImportSummary, at = new Date().toISOString()): ImportRun {
  const counts = runCounts(summary);
  return { id: `run-${at.replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`, at, source, counts };
}

/** A stored run's counts, whatever fields an older kg wrote (missing ones are 0). */
export function runCounts(stored: Partial<ImportSummary>): ImportSummary {
  const zero = {
    documents: 0,
    unchanged: 0,
    entitiesAdded: 0,
    relationsAdded: 0,
    claimsAdded: 0,
    sentences: 0,
    corroborated: 0,
    disputed: 0,
    replaced: 0,
  };
  const out: ImportSummary = { ...zero };
  for (const k of Object.keys(zero) as Array<keyof ImportSummary>)
    if (typeof stored[k] === 'number') out[k] = stored[k];
  return out;
}

/** The summaries of an import's batches added up. */
export function addSummaries(summaries: ImportSummary[]): ImportSummary {
  const total = runCounts({});
  for (const s of summaries) for (const k of Object.keys(total) as Array<keyof ImportSummary>) total[k] += s[k];
  return total;
}
