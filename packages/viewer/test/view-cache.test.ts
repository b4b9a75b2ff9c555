// viewCache: kept while the store's content version is unchanged, computed again when it changes, shared
// while running, bounded in entries and weight; without a version only running computations are shared.
import { viewCache } from '../src/view-cache.js';

/** A store stand-in whose content version the test moves. */
const versioned = () => {
  const s = { version: 1, contentVersion: async () => String(s.version) };
  return s;
};

/** A computation that counts its runs and answers `value`. */
function counted<T>(value: T) {
  const c = { runs: 0, compute: async () => (c.runs++, value) };
  return c;
}

describe('viewCache', () => {
  test('an unchanged version answers from the cache; a new one computes again', async () => {
    const store = versioned();
    const cache = viewCache<string>(store, { entries: 4 });
    const c = counted('a');
    expect(await cache.get('k', c.compute)).toBe('a');
    expect(await cache.get('k', c.compute)).toBe('a');
    expect(c.runs).toBe(1);
    store.version = 2;
    expect(await cache.get('k', c.compute)).toBe('a');
    expect(c.runs).toBe(2);
    cache.forget();
    await cache.get('k', c.compute);
    expect(c.runs).toBe(3);
  });

  test('concurrent calls share one running computation, with or without a version', async () => {
    for (const store of [versioned(), {}]) {
      const cache = viewCache<number>(store, { entries: 4 });
      const c = counted(7);
      expect(await Promise.all([cache.get('k', c.compute), cache.get('k', c.compute)])).toEqual([7, 7]);
      expect(c.runs).toBe(1);
    }
  });

  test('without a version nothing is kept once settled', async () => {
    const cache = viewCache<number>({}, { entries: 4 });
    const c = counted(1);
    await cache.get('k', c.compute);
    await cache.get('k', c.compute);
    expect(c.runs).toBe(2);
  });

  test('a failed computation is not kept', async () => {
    const cache = viewCache<number>(versioned(), { entries: 4 });
    await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await new Promise((r) => setImmediate(r));
    expect(await cache.get('k', async () => 2)).toBe(2);
  });

  test.each([
    ['entries', { entries: 2 }, ['b', 'c']],
    ['weight', { entries: 10, weight: 5, weigh: (v: string) => v.length }, ['c']],
  ])('bounded by %s: the least recently used go first', async (_name, limits, keptKeys) => {
    const cache = viewCache<string>(versioned(), limits);
    for (const k of ['a', 'b', 'c']) {
      await cache.get(k, async () => `${k}${k}${k}`);
      await new Promise((r) => setImmediate(r));
    }
    // A probe that finds nothing fails, and a failure is not kept: probing leaves the cache as it was.
    const hits: string[] = [];
    for (const k of ['a', 'b', 'c'])
      await cache
        .get(k, () => Promise.reject(new Error('miss')))
        .then(
          () => hits.push(k),
          () => undefined,
        );
    expect(hits).toEqual(keptKeys);
  });

  test('refuses a bound that is no positive integer', () => {
    expect(() => viewCache({}, { entries: 0 })).toThrow('viewCache: expected entries to be a positive integer, got 0');
  });
});
