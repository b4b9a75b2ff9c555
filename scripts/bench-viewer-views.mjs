// The views of `pnpm bench:viewer` on a real store (embedded or Neo4j): the overview (300 entities), the
// ego view of the highest-degree entity (150) and a path query from it — server answer times, and first
// frames of the viewer page against a bare Sigma page drawing the same /api/graph answer.
import { compare, median } from './bench-browser.mjs';

const EGO_BUDGET = 150; // packages/viewer/web/load-view.ts
const OVERVIEW_BUDGET = 300; // packages/viewer/web/app-state.ts

/**
 * The best-connected entity, and the most important one `hops` relations away from it (or the farthest).
 * The walk leaves claim edges (`claimType`) out, as `/api/path` does: over them no path is found.
 */
function pickEnds(snapshot, claimType, hops = 4) {
  const all = new Map(snapshot.nodes.map((n) => [n.id, new Set()]));
  const adj = new Map(snapshot.nodes.map((n) => [n.id, new Set()]));
  for (const e of snapshot.edges) {
    if (e.source === e.target) continue;
    for (const m of e.type === claimType ? [all] : [all, adj])
      (m.get(e.source)?.add(e.target), m.get(e.target)?.add(e.source));
  }
  const top = [...all.entries()].sort((a, b) => b[1].size - a[1].size)[0][0];
  const dist = new Map([[top, 0]]);
  let ring = [top];
  while (ring.length && dist.get(ring[0]) < hops) {
    const next = [];
    for (const r of ring) for (const m of adj.get(r)) if (!dist.has(m)) (dist.set(m, dist.get(r) + 1), next.push(m));
    if (!next.length) break;
    ring = next;
  }
  const rank = new Map(snapshot.nodes.map((n) => [n.id, n.pagerank ?? 0]));
  const far = ring.sort((a, b) => rank.get(b) - rank.get(a))[0];
  return { top, degree: all.get(top).size, far, hops: dist.get(far) };
}

async function timed(url, times = 5) {
  const once = async () => {
    const t = performance.now();
    const res = await fetch(url);
    const body = await res.json();
    if (!res.ok) throw new Error(`${url}: ${res.status} ${body.error}`);
    return { ms: performance.now() - t, body };
  };
  const first = await once(); // warm: the store's first snapshot of a process is the slow one
  const samples = [];
  for (let i = 0; i < times; i++) samples.push((await once()).ms);
  return { ms: median(samples), first: first.ms, body: first.body };
}

const fmt = (row) =>
  `first frame: viewer ${row.vf.toFixed(0).padStart(5)} ms, bare ${row.bf.toFixed(0).padStart(5)} ms, ratio ${(row.vf / row.bf).toFixed(2)} | refresh: viewer ${row.vr.toFixed(1).padStart(6)} ms, bare ${row.br.toFixed(1).padStart(6)} ms, ratio ${(row.vr / row.br).toFixed(2)}`;

/** `servers`: {viewer, bare} base URLs of two viewer servers over `store` (the page, the bare page). */
export async function benchViews({ store, servers, chromium, runs, claimType }) {
  const api = (q) => `${servers.viewer}api/${q}`;
  const overview = await timed(api(`graph?budget=${OVERVIEW_BUDGET}&isolated=false`));
  const whole = await store.snapshot();
  const ends = pickEnds(whole, claimType);
  const focus = encodeURIComponent(ends.top);
  const ego = await timed(api(`graph?focus=${focus}&budget=${EGO_BUDGET}&isolated=false`));
  const path = await timed(api(`path?${new URLSearchParams({ from: ends.top, to: ends.far, k: '3' })}`));
  if (!path.body.paths.length) throw new Error(`no path from ${ends.top} to ${ends.far}: nothing measured`);
  const name = (id) => whole.nodes.find((n) => n.id === id)?.name ?? id;
  console.log(
    `  ${store.kind} store: ${whole.nodes.length} entities, ${whole.edges.length} relations, ${whole.documents.length} documents`,
  );
  console.log(
    `    API (median of 5, after a first call): overview ${overview.ms.toFixed(0)} ms (first ${overview.first.toFixed(0)}) | ego of ${name(ends.top)} (degree ${ends.degree}) ${ego.ms.toFixed(0)} ms | path ${name(ends.top)} → ${name(ends.far)} (${ends.hops} hops, ${path.body.paths.length} paths) ${path.ms.toFixed(0)} ms`,
  );
  const views = [
    ['overview', '#', `?budget=${OVERVIEW_BUDGET}&isolated=false`],
    ['ego view', `#trail=e${focus}`, `?focus=${focus}&budget=${EGO_BUDGET}&isolated=false`],
  ];
  for (const [label, hash, query] of views) {
    const row = await compare(chromium, `${servers.viewer}${hash}`, `${servers.bare}bare.html${query}`, runs);
    console.log(`    ${label.padEnd(8)} ${String(row.nodes.viewer).padStart(4)} nodes | ${fmt(row)}`);
  }
}

export { fmt as formatRow };
