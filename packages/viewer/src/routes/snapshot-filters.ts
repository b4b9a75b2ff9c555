// The server-side filters shared by the routes that read a snapshot (/api/graph, /api/communities,
// /api/path): their query-string schema, their translation into the store's SnapshotOptions, the cached
// snapshot for them, and the narrowing after it.
import type { GraphSnapshot, GraphStore, SnapshotOptions } from '@kg/graph';
import type { Narrowing } from '../narrow-snapshot.js';
import type { ViewCache } from '../view-cache.js';
import { HttpError } from '../viewer-errors.js';

const list = { type: 'string', maxLength: 10_000 } as const;
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export const FILTER_PROPERTIES = {
  types: list,
  relTypes: list,
  documents: list,
  minDegree: { type: 'integer', minimum: 0 },
  minWeight: { type: 'integer', minimum: 0 },
  hideTypes: list,
  hideRelTypes: list,
  isolated: { type: 'boolean' },
  asOf: day,
  since: day,
  outlet: list,
  minSupport: { type: 'integer', minimum: 0 },
} as const;

export interface FilterQuery {
  types?: string;
  relTypes?: string;
  documents?: string;
  minDegree?: number;
  minWeight?: number;
  hideTypes?: string;
  hideRelTypes?: string;
  isolated?: boolean;
  asOf?: string;
  since?: string;
  outlet?: string;
  minSupport?: number;
}

const split = (s?: string): string[] | undefined =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : undefined;

/** `route` names the caller in the error of a date range that ends before it starts. */
export function filterOptions(q: FilterQuery, route: string): SnapshotOptions {
  if (q.since && q.asOf && q.since > q.asOf)
    throw new HttpError(400, `GET ${route}: expected since (${q.since}) on or before asOf (${q.asOf})`);
  return {
    types: split(q.types),
    relTypes: split(q.relTypes),
    documents: split(q.documents),
    minDegree: q.minDegree,
    minWeight: q.minWeight,
    asOf: q.asOf,
    since: q.since,
    outlets: split(q.outlet),
    minSupport: q.minSupport,
  };
}

/** The store's snapshot for these options, computed once per content version for all routes. */
export function cachedSnapshot(
  snapshots: ViewCache<GraphSnapshot>,
  store: GraphStore,
  opts: SnapshotOptions = {},
): Promise<GraphSnapshot> {
  return snapshots.get(JSON.stringify(opts), () => store.snapshot(opts));
}

export function narrowing(q: FilterQuery): Narrowing {
  return { hideTypes: split(q.hideTypes), hideRelTypes: split(q.hideRelTypes), isolated: q.isolated };
}
