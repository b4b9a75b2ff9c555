// A faster drop-in for compromise's `bulkMatch` (the sweep its post-tagger runs over ~570 tag patterns):
// the same patterns tried in the same order on the same clauses, so the same tags. compromise picks each
// clause's candidate patterns by walking every key of its pattern index (thousands) and concatenating
// arrays; here the clause's own words and tags are looked up in the index instead, then put back in the
// index's key order. That walk was about a tenth of the extractor's time. parse.ts installs it once.

/** A parsed tag pattern, as compromise's buildNet makes it (only the fields read here). */
export interface SweepMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
export interface SweepNet {
  hooks: Record<string, SweepMatch[]>;
  always: SweepMatch[];
}
type Term = object;
interface Methods {
  one: {
    cacheDoc(document: Term[][]): Set<string>[];
    match(docs: Term[][], todo: SweepMatch): { ptrs: number[][] };
  };
}
export type BulkMatch = (
  document: Term[][],
  net: SweepNet,
  methods: Methods,
  opts?: { matchOne?: boolean },
) => unknown[];

/** Each pattern index's keys in compromise's walking order (Object.keys order), by key; each key's patterns
 * with a number per pattern string, so that "seen already" is an array look-up, not a string hash. */
interface KeyOrder {
  rank: Map<string, number>;
  keys: string[];
  ids: Int32Array[];
  seen: Uint32Array;
  epoch: number;
}
const keyOrders = new WeakMap<SweepNet['hooks'], KeyOrder>();

function keyOrder(hooks: SweepNet['hooks']): KeyOrder {
  let order = keyOrders.get(hooks);
  if (!order) {
    const keys = Object.keys(hooks);
    const number = new Map<string, number>();
    const ids = keys.map((k) =>
      Int32Array.from(hooks[k], (m) => {
        let id = number.get(m.match);
        if (id === undefined) number.set(m.match, (id = number.size));
        return id;
      }),
    );
    order = { keys, rank: new Map(keys.map((k, i) => [k, i])), ids, seen: new Uint32Array(number.size), epoch: 0 };
    keyOrders.set(hooks, order);
  }
  return order;
}

/** Whether a clause holding `have` meets the pattern's needs, none of its ifNo words and enough wants. */
function fits(m: SweepMatch, have: Set<string>): boolean {
  for (const need of m.needs) if (!have.has(need)) return false;
  if (m.ifNo) for (const no of m.ifNo) if (have.has(no)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (have.has(want)) found++;
  return found >= m.minWant;
}

/** The patterns worth trying on one clause, in compromise's order; a pattern string counts once, at its
 * first index key (as compromise de-duplicates before it filters). */
export function sweepCandidates(have: Set<string>, net: SweepNet, termCount: number): SweepMatch[] {
  const order = keyOrder(net.hooks);
  const { rank, ids, seen } = order;
  const at: number[] = [];
  for (const item of have) {
    const r = rank.get(item);
    if (r !== undefined) at.push(r);
  }
  at.sort((a, b) => a - b);
  // A fresh mark per call: a pattern is seen in this call when its slot holds this call's epoch.
  if (order.epoch === 0xffffffff) {
    seen.fill(0);
    order.epoch = 0;
  }
  const epoch = ++order.epoch;
  const out: SweepMatch[] = [];
  for (const r of at) {
    const patterns = net.hooks[order.keys[r]];
    const numbers = ids[r];
    for (let k = 0; k < patterns.length; k++) {
      if (seen[numbers[k]] === epoch) continue;
      seen[numbers[k]] = epoch;
      const m = patterns[k];
      if (termCount >= m.minWords && fits(m, have)) out.push(m);
    }
  }
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

/** compromise's bulkMatch, with the candidate look-up above. */
export const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const results: object[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of sweepCandidates(caches[n], net, document[n].length)) {
      const { ptrs } = methods.one.match([document[n]], m);
      for (const ptr of ptrs) {
        ptr[0] = n;
        results.push({ ...m, pointer: ptr });
      }
      if (ptrs.length && opts.matchOne === true) return [results[0]];
    }
  }
  return results;
};
