// What the page draws, from the server: the overview, an entity's neighbourhood or a community (the last
// breadcrumb), plus the neighbours of every expanded entity. A view whose entity or community is gone
// (deleted, or filtered out) falls back to the overview rather than to an empty page.
import { api, ApiError, type GraphPayload, type GraphRequest } from './api.js';
import { currentCrumb, state } from './app-state.js';
import { collapseCommunities } from './collapse-communities.js';

/** Neighbours an "expand" adds, the most important first. */
export const EXPAND_BUDGET = 25;
/** Entities an ego view draws (nearer first, then by PageRank); the overview's budget is for the overview. */
export const EGO_BUDGET = 150;

export interface LoadedView {
  data: GraphPayload;
  /** Set when the requested view could not be drawn and the overview was drawn instead. */
  fellBack?: string;
}

/**
 * The filters the server applies: the documents, dates, outlets and support of the relations, entities
 * related to nothing (unless shown) and, when it
 * chooses within a budget, the hidden types, so the budget is spent on what will be drawn. (The whole graph
 * keeps hidden types client-side: showing them again needs no round trip.)
 */
export function narrowing(): Omit<GraphRequest, 'budget'> {
  const f = state.filters;
  const budgeted = state.budget > 0 || state.trail.length > 0;
  return {
    documents: f.documents,
    isolated: f.showIsolated ? undefined : false,
    asOf: f.asOf,
    since: f.since,
    outlets: f.outlets,
    minSupport: f.minSupport,
    ...(budgeted ? { hideTypes: [...f.hiddenTypes].sort(), hideRelTypes: [...f.hiddenRelTypes].sort() } : {}),
  };
}

let loadedWith = '';
/** True when a filter the server applies changed since the last load. */
export const narrowingChanged = (): boolean => JSON.stringify(narrowing()) !== loadedWith;

export async function loadView(): Promise<LoadedView> {
  const narrow = narrowing();
  loadedWith = JSON.stringify(narrow);
  let fellBack: string | undefined;
  let base: GraphPayload;
  try {
    const crumb = currentCrumb();
    const budget = crumb?.kind === 'ego' ? EGO_BUDGET : state.budget;
    base = await api.graph({ ...narrow, budget, view: crumb, hops: state.egoHops });
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 404 || !currentCrumb()) throw err;
    fellBack = err.message;
    state.trail = [];
    state.expanded = [];
    base = await api.graph({ ...narrow, budget: state.budget });
  }
  const parts = await Promise.all(
    state.expanded.map((id) =>
      api.graph({ ...narrow, budget: EXPAND_BUDGET, view: { kind: 'ego', id } }).catch(() => null),
    ),
  );
  return { data: collapseCommunities(union(base, parts), state.collapsed), fellBack };
}

function union(base: GraphPayload, parts: Array<GraphPayload | null>): GraphPayload {
  const nodes = new Map(base.nodes.map((n) => [n.id, n]));
  const edges = new Map(base.edges.map((e) => [e.id, e]));
  for (const p of parts) {
    for (const n of p?.nodes ?? []) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of p?.edges ?? []) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { ...base, nodes: [...nodes.values()], edges: [...edges.values()] };
}
