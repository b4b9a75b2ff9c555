// How both stores turn their nodes/edges into what the viewer draws: analytics over the whole graph
// (analyzeRecords, which the embedded store caches), then the caller's filters and node cap
// (selectSnapshot).
import { analyze, type AnalyzeSettings, type Positions } from './analyze.js';
import type { PartMetrics } from './component-metrics.js';
import { outletId } from './doc-rows.js';
import type { DocumentSummary, GraphEdge, GraphNode, GraphSnapshot, SnapshotOptions } from './types.js';

/**
 * A node plus the documents that mention it (for the documents filter; not part of the snapshot). A store
 * that answers that filter with a query instead passes `mentionedIn` to selectSnapshot.
 */
export interface NodeRecord extends GraphNode {
  documents?: string[];
}

export function docIdOfSentence(sentenceId: string): string {
  const i = sentenceId.lastIndexOf(':');
  return i < 0 ? sentenceId : sentenceId.slice(0, i);
}

/** The outlet ids that the given names, domains or ids (any case) stand for, among the documents' outlets. */
function outletIdsNamed(names: string[], documents: DocumentSummary[]): Set<string> {
  const wanted = new Set(names.map((n) => n.trim().toLowerCase()));
  const ids = new Set(wanted);
  for (const { outlet } of documents) {
    if (!outlet) continue;
    if (wanted.has(outlet.name.trim().toLowerCase()) || (outlet.domain && wanted.has(outlet.domain.toLowerCase())))
      ids.add(outletId(outlet));
  }
  return ids;
}

/**
 * The edges with a supporting document published in [since, until]: first/last seen bound the range, the
 * documents' dates decide (a relation seen in January and December was not reported in June).
 */
function reportedWithin(edges: GraphEdge[], documents: DocumentSummary[], since: string, until?: string): GraphEdge[] {
  const dates = new Map<string, string>();
  for (const d of documents) if (d.date) dates.set(d.id, d.date);
  const inRange = (date: string | undefined) => date !== undefined && date >= since && (!until || date <= until);
  return edges.filter(
    (e) =>
      e.lastSeen !== undefined &&
      e.lastSeen >= since &&
      (!until || (e.firstSeen !== undefined && e.firstSeen <= until)) &&
      e.evidence.some((s) => inRange(dates.get(docIdOfSentence(s)))),
  );
}

/**
 * Analytics over the whole graph (degree, PageRank, community, component, x/y), on copies of the records;
 * `previous` positions and `known` parts make them incremental (analyze), `parts` is what the next call reuses.
 */
export function analyzeRecords(
  records: NodeRecord[],
  edges: GraphEdge[],
  analyzeSettings: Partial<AnalyzeSettings> = {},
  previous?: Positions,
  known?: ReadonlyMap<string, PartMetrics>,
): { nodes: NodeRecord[]; parts: Map<string, PartMetrics> } {
  const nodes: NodeRecord[] = records.map((r) => ({ ...r }));
  const parts = analyze(nodes, edges, analyzeSettings, previous, known);
  return { nodes, parts };
}

/** The caller's filters and node cap over an analysed graph; returns copies, so the inputs can be kept (cached). */
export function selectSnapshot(
  nodes: NodeRecord[],
  edges: GraphEdge[],
  documents: DocumentSummary[],
  options: SnapshotOptions = {},
  mentionedIn?: (documentIds: string[]) => Set<string>,
): GraphSnapshot {
  let keptEdges = edges;
  let keptNodes = nodes;
  if (options.relTypes?.length) {
    const allowed = new Set(options.relTypes);
    keptEdges = keptEdges.filter((e) => allowed.has(e.type));
  }
  if (options.minWeight !== undefined) keptEdges = keptEdges.filter((e) => e.weight >= options.minWeight!);
  if (options.minSupport !== undefined) keptEdges = keptEdges.filter((e) => (e.support ?? 0) >= options.minSupport!);
  // Undated relations cannot be placed in time: "as of" keeps them.
  if (options.asOf) keptEdges = keptEdges.filter((e) => !e.firstSeen || e.firstSeen <= options.asOf!);
  if (options.since) keptEdges = reportedWithin(keptEdges, documents, options.since, options.asOf);
  if (options.outlets?.length) {
    const wanted = outletIdsNamed(options.outlets, documents);
    keptEdges = keptEdges.filter((e) => (e.outlets ?? []).some((o) => wanted.has(o)));
  }
  if (options.documents?.length) {
    const docs = new Set(options.documents);
    keptEdges = keptEdges.filter((e) => e.evidence.some((s) => docs.has(docIdOfSentence(s))));
    const ids = mentionedIn?.(options.documents);
    keptNodes = keptNodes.filter((n) => (ids ? ids.has(n.id) : (n.documents ?? []).some((d) => docs.has(d))));
  }
  if (options.types?.length) {
    const allowed = new Set(options.types);
    keptNodes = keptNodes.filter((n) => allowed.has(n.type));
  }
  if (options.minDegree !== undefined) keptNodes = keptNodes.filter((n) => (n.degree ?? 0) >= options.minDegree!);
  let truncated = false;
  if (options.limit !== undefined && keptNodes.length > options.limit) {
    keptNodes = [...keptNodes]
      .sort((a, b) => (b.degree ?? 0) - (a.degree ?? 0) || (a.id < b.id ? -1 : 1))
      .slice(0, Math.max(0, options.limit));
    truncated = true;
  }
  const ids = new Set(keptNodes.map((n) => n.id));
  keptEdges = keptEdges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const outNodes: GraphNode[] = keptNodes.map(({ documents: _d, ...n }) => ({ ...n, aliases: [...n.aliases] }));
  const outEdges = keptEdges.map((e) => {
    const copy = { ...e, phrases: [...e.phrases], evidence: [...e.evidence] };
    if (e.outlets) copy.outlets = [...e.outlets];
    return copy;
  });
  return { nodes: outNodes, edges: outEdges, documents: documents.map((d) => ({ ...d })), truncated };
}
