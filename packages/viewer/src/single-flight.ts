// singleFlight(): concurrent calls with the same key share one running computation instead of each
// starting its own (200 simultaneous /api/graph requests on Neo4j ran 200 whole-graph analyses: median
// 9.2 s). Nothing is kept once it settles — caching by content is the store's job — and forget() makes
// later callers start afresh (after a write, a computation already running may predate it).
export interface SingleFlight<T> {
  run(key: string, compute: () => Promise<T>): Promise<T>;
  forget(): void;
}

export function singleFlight<T>(): SingleFlight<T> {
  const running = new Map<string, Promise<T>>();
  return {
    run(key, compute) {
      const shared = running.get(key);
      if (shared) return shared;
      const started = compute().finally(() => {
        if (running.get(key) === started) running.delete(key);
      });
      running.set(key, started);
      return started;
    },
    forget: () => running.clear(),
  };
}
