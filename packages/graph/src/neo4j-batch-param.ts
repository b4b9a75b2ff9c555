// How the Neo4j write path passes its statements' rows and keeps their plans: shared by every module of it
// (neo4j-write*.ts, neo4j-identity.ts, neo4j-runs.ts), apart from them so that none imports another for it.

// The plans of these statements do not depend on statistics (unique-index and elementId seeks), while
// a load changes the statistics so fast that Neo4j would otherwise re-plan every one of them each 10 s.
export const KEEP_PLAN = 'CYPHER replan=skip';

/**
 * Row lists travel inside a map (`UNWIND $batch.rows`): Neo4j keys its plan cache on the size bucket
 * (0, 1, ≤10, ≤100, ≤1000, …) of every list parameter, so a batch whose row count crossed a power of ten
 * re-planned all its statements (≈6 s for the last, smaller batch of a 100k-triple load); a map
 * parameter carries no size.
 */
export function batchParam(rows: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { batch: { rows }, ...extra };
}
