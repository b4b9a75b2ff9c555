// The page's view state (what is selected, filtered, highlighted) and a change signal for the modules.
export type ColorBy = 'type' | 'community';
export type SizeBy = 'degree' | 'pagerank';

export interface Filters {
  hiddenTypes: Set<string>;
  hiddenRelTypes: Set<string>;
  /** Source documents to load; empty = all. Applied by the server. */
  documents: string[];
  minDegree: number;
  minWeight: number;
  /** Show only the n-hop neighbourhood of this node. */
  focus: string | null;
  hops: number;
  /** Draw entities related to nothing (left out by the server unless asked). */
  showIsolated: boolean;
  /** The graph as known at this date (YYYY-MM-DD): relations first reported by then. Applied by the server. */
  asOf: string | null;
  /** With asOf, a date range: relations reported between the two dates. Applied by the server. */
  since: string | null;
  /** Outlets (ids) whose articles support the relations drawn; empty = all. Applied by the server. */
  outlets: string[];
  /** Relations supported by at least this many documents. Applied by the server. */
  minSupport: number;
}

/** A place the page went to from the overview: an entity's neighbourhood, or one community. */
export type Crumb = { kind: 'ego'; id: string } | { kind: 'community'; id: number };

export interface ViewState {
  colorBy: ColorBy;
  sizeBy: SizeBy;
  selected: string | null;
  selectedEdge: string | null;
  hovered: string | null;
  filters: Filters;
  /** How many entities the server sends (highest PageRank first); 0 = the whole graph. */
  budget: number;
  /** Nodes/edges picked out by search or a Cypher result. */
  highlightNodes: Set<string>;
  highlightEdges: Set<string>;
  /** Parts added by the last import. */
  freshNodes: Set<string>;
  freshEdges: Set<string>;
  /** The two entities whose connections are shown ("How are X and Y connected?"). */
  path: { from: string; to: string } | null;
  /** The entities of the paths shown: labelled whatever the crowd while they are highlighted. */
  pathNodes: Set<string>;
  /** Where the page went from the overview (breadcrumbs); the last one is drawn, none = the overview. */
  trail: Crumb[];
  /** Hops around the entity of an ego view (1 or 2). */
  egoHops: number;
  /** Entities whose neighbours were added to the view ("expand"). */
  expanded: string[];
  /** Communities drawn as one node each. */
  collapsed: Set<number>;
}

/** Entities the overview opens with (the most important by PageRank); the server picks them. */
export const DEFAULT_BUDGET = 300;

/** `narrowing`: a filter the server applies changed (documents, dates, outlets, support, isolated). */
export type Change =
  'style' | 'filters' | 'narrowing' | 'budget' | 'view' | 'selection' | 'hover' | 'highlight' | 'graph';

export function emptyFilters(): Filters {
  return {
    hiddenTypes: new Set(),
    hiddenRelTypes: new Set(),
    documents: [],
    minDegree: 0,
    minWeight: 0,
    focus: null,
    hops: 1,
    showIsolated: false,
    asOf: null,
    since: null,
    outlets: [],
    minSupport: 0,
  };
}

type Listener = (change: Change) => void;
const listeners: Listener[] = [];

export const state: ViewState = {
  // Communities are where a big graph's overview leads (issue 18); the toggle colours by type instead.
  colorBy: 'community',
  sizeBy: 'degree',
  selected: null,
  selectedEdge: null,
  hovered: null,
  filters: emptyFilters(),
  budget: DEFAULT_BUDGET,
  highlightNodes: new Set(),
  highlightEdges: new Set(),
  freshNodes: new Set(),
  freshEdges: new Set(),
  path: null,
  pathNodes: new Set(),
  trail: [],
  egoHops: 1,
  expanded: [],
  collapsed: new Set(),
};

/** The crumb drawn now; null = the overview. */
export const currentCrumb = (): Crumb | null => state.trail.at(-1) ?? null;

export function onChange(listener: Listener): void {
  listeners.push(listener);
}

export function changed(change: Change): void {
  for (const l of listeners) l(change);
}
