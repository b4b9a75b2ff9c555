// The server-side filters shared by the routes that read a snapshot (/api/graph, /api/communities): their
// query-string schema and their translation into the store's SnapshotOptions.
import type { SnapshotOptions } from '@kg/graph';

const list = { type: 'string', maxLength: 10_000 } as const;

export const FILTER_PROPERTIES = {
  types: list,
  relTypes: list,
  documents: list,
  minDegree: { type: 'integer', minimum: 0 },
  minWeight: { type: 'integer', minimum: 0 },
} as const;

export interface FilterQuery {
  types?: string;
  relTypes?: string;
  documents?: string;
  minDegree?: number;
  minWeight?: number;
}

const split = (s?: string): string[] | undefined =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : undefined;

export function filterOptions(q: FilterQuery): SnapshotOptions {
  return {
    types: split(q.types),
    relTypes: split(q.relTypes),
    documents: split(q.documents),
    minDegree: q.minDegree,
    minWeight: q.minWeight,
  };
}
