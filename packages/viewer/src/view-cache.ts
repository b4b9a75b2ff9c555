// viewCache(): what the routes derive from the store (a filtered snapshot, an overview's JSON) kept for the
// store's content version, so while the graph is unchanged a request only looks it up — the overview a
// page opens on no longer copies and sorts all entities each time (issue 18: its first frame within 1 s
// on a 1,173-article store). Concurrent calls with the same key share one running computation (200
// simultaneous /api/graph requests on Neo4j once ran 200 whole-graph analyses). Any write, by this process
// or another, changes the version and empties the cache; a store without `contentVersion` keeps nothing
// once a computation settles. forget() starts afresh (after an import through this server).
import type { GraphStore } from '@kg/graph';

export interface ViewCache<T> {
  get(key: string, compute: () => Promise<T>): Promise<T>;
  forget(): void;
}

export interface ViewCacheLimits<T> {
  /** At most this many values are kept (the least recently used go first). */
  entries: number;
  /** At most this much in all, by `weigh` (e.g. a JSON answer's length). */
  weight?: number;
  weigh?: (value: T) => number;
}

export function viewCache<T>(store: Pick<GraphStore, 'contentVersion'>, limits: ViewCacheLimits<T>): ViewCache<T> {
  if (!Number.isInteger(limits.entries) || limits.entries < 1)
    throw new RangeError(`viewCache: expected entries to be a positive integer, got ${limits.entries}`);
  const version = store.contentVersion?.bind(store);
  const weigh = limits.weigh ?? (() => 0);
  const maxWeight = limits.weight ?? Infinity;
  let kept = new Map<string, { value: Promise<T>; weight: number }>();
  let keptFor: string | null = null;
  let weight = 0;
  const drop = (key: string) => {
    weight -= kept.get(key)?.weight ?? 0;
    kept.delete(key);
  };
  return {
    async get(key, compute) {
      const now = version ? await version() : null;
      if (now !== keptFor) {
        kept.clear();
        weight = 0;
        keptFor = now;
      }
      const hit = kept.get(key);
      if (hit) {
        kept.delete(key); // most recently used last
        kept.set(key, hit);
        return hit.value;
      }
      const generation = kept;
      const value = compute();
      kept.set(key, { value, weight: 0 });
      value.then(
        (v) => {
          if (generation !== kept || kept.get(key)?.value !== value) return;
          // Without a version nothing is kept once settled: only running computations are shared.
          if (now === null) return drop(key);
          kept.get(key)!.weight = weigh(v);
          weight += weigh(v);
          for (const [k] of kept) {
            if (kept.size <= limits.entries && weight <= maxWeight) break;
            if (k !== key) drop(k);
          }
          if (weight > maxWeight) drop(key);
        },
        () => generation === kept && kept.get(key)?.value === value && drop(key),
      );
      return value;
    },
    forget() {
      kept = new Map();
      keptFor = null;
      weight = 0;
    },
  };
}
