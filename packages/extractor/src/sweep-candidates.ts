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

/** Each pattern index's keys in compromise's walking order (Object.keys order), by key. */
const keyOrders = new WeakMap<SweepNet['hooks'], { rank: Map<string, number>; keys: string[] }>();

function keyOrder(hooks: SweepNet['hooks']) {
  let order = keyOrders.get(hooks);
  if (!order) {
    const keys = Object.keys(hooks);
    order = { keys, rank: new Map(keys.map((k, i) => [k, i])) };
    keyOrders.set(hooks, order);
  }
  return order;
}

/** Whether a clause holding `have` meets the pattern's needs, none of its ifNo words and enough wants. */
function fits(m: SweepMatch, have: Set<string>): boolean {
  if (!m.needs.every((need) => have.has(need))) return false;
  if (m.ifNo?.some((no) => have.has(no))) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (have.has(want)) found++;
  return found >= m.minWant;
}

/** The patterns worth trying on one clause, in compromise's order; a pattern string counts once, at its
 * first index key (as compromise de-duplicates before it filters). */
export function sweepCandidates(have: Set<string>, net: SweepNet, termCount: number): SweepMatch[] {
  const { keys, rank } = keyOrder(net.hooks);
  const at: number[] = [];
  for (const item of have) {
    const r = rank.get(item);
    if (r !== undefined) at.push(r);
  }
  at.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: SweepMatch[] = [];
  for (const r of at)
    for (const m of net.hooks[keys[r]]) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (fits(m, have) && termCount >= m.minWords) out.push(m);
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
