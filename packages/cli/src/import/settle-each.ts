// settleEach(): run `fn` over the items, at most `limit` at a time, keeping each outcome in input
// order, so one failed fetch never stops the others.
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function settleEach<I, T>(items: I[], limit: number, fn: (item: I) => Promise<T>): Promise<Settled<T>[]> {
  const out: Settled<T>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        out[i] = { ok: true, value: await fn(items[i]) };
      } catch (error) {
        out[i] = { ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
