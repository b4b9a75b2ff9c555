// Read views over a GraphModel in the shared API shapes (snapshot, entity, edge, search, stats, plan).
import type { NodeRecord } from './build-snapshot.js';
import { edgeId, type DocRows } from './doc-rows.js';
import type { GraphModel } from './graph-model.js';
import { bestMatch } from './score-match.js';
import type {
  DocumentSummary,
  EdgeDetails,
  EntityDetails,
  EvidenceItem,
  GraphEdge,
  GraphNode,
  GraphStats,
  ImportDiff,
  RelationView,
  SearchHit,
} from './types.js';

export function modelNode(m: GraphModel, id: string): GraphNode {
  const a = m.graph.getNodeAttributes(id);
  return {
    id,
    name: a.name,
    type: a.type,
    aliases: [...a.aliases].sort(),
    mentions: a.mentions.size,
    degree: m.graph.degree(id),
  };
}

export function modelEdge(m: GraphModel, id: string): GraphEdge {
  const a = m.graph.getEdgeAttributes(id);
  const evidence = [...a.support.keys()].sort();
  const dates = evidence
    .map((s) => m.seenDate(s))
    .filter(Boolean)
    .sort();
  const e: GraphEdge = {
    id,
    source: m.graph.source(id),
    target: m.graph.target(id),
    type: a.type,
    weight: evidence.length,
    phrases: [...new Set(evidence.map((s) => a.support.get(s)!.phrase))].sort(),
    evidence,
  };
  if (dates.length) {
    e.firstSeen = dates[0];
    e.lastSeen = dates[dates.length - 1];
  }
  return e;
}

export function modelDocuments(m: GraphModel): DocumentSummary[] {
  return [...m.documents.values()].map(({ doc, sentences }) => {
    const d: DocumentSummary = { id: doc.id, importedAt: doc.importedAt, sentences: sentences.length };
    if (doc.title !== undefined) d.title = doc.title;
    if (doc.source !== undefined) d.source = doc.source;
    if (doc.date !== undefined) d.date = doc.date;
    return d;
  });
}

/** Everything a snapshot is made of, before analytics and filters. */
export function modelGraph(m: GraphModel): { records: NodeRecord[]; edges: GraphEdge[]; documents: DocumentSummary[] } {
  const records: NodeRecord[] = m.graph.mapNodes((id, a) => ({
    ...modelNode(m, id),
    documents: [...new Set([...a.mentions].map((s) => m.sentences.get(s)?.documentId ?? ''))],
  }));
  return { records, edges: m.graph.mapEdges((id) => modelEdge(m, id)), documents: modelDocuments(m) };
}

function evidenceItem(
  m: GraphModel,
  sentenceId: string,
  support?: { subject?: { start: number; end: number }; object?: { start: number; end: number } },
): EvidenceItem | null {
  const s = m.sentences.get(sentenceId);
  if (!s) return null;
  const item: EvidenceItem = {
    sentenceId,
    documentId: s.documentId,
    index: s.index,
    text: s.text,
    start: s.start,
    end: s.end,
  };
  const title = m.documents.get(s.documentId)?.doc.title;
  if (title !== undefined) item.documentTitle = title;
  if (support?.subject) item.subject = support.subject;
  if (support?.object) item.object = support.object;
  return item;
}

export function modelEdgeDetails(m: GraphModel, id: string): EdgeDetails | null {
  if (!m.graph.hasEdge(id)) return null;
  const edge = modelEdge(m, id);
  const support = m.graph.getEdgeAttributes(id).support;
  const evidence = edge.evidence
    .map((s) => evidenceItem(m, s, support.get(s)))
    .filter((x): x is EvidenceItem => x !== null);
  return { edge, source: modelNode(m, edge.source), target: modelNode(m, edge.target), evidence };
}

export function modelEntity(m: GraphModel, id: string): EntityDetails | null {
  if (!m.graph.hasNode(id)) return null;
  const relations: RelationView[] = [];
  const view = (edge: string, direction: 'out' | 'in'): void => {
    const d = modelEdgeDetails(m, edge)!;
    const other = direction === 'out' ? d.target : d.source;
    relations.push({
      edgeId: edge,
      type: d.edge.type,
      direction,
      other: { id: other.id, name: other.name, type: other.type },
      weight: d.edge.weight,
      phrases: d.edge.phrases,
      evidence: d.evidence,
    });
  };
  m.graph.forEachOutEdge(id, (e) => view(e, 'out'));
  m.graph.forEachInEdge(id, (e) => view(e, 'in'));
  relations.sort((a, b) => b.weight - a.weight || a.edgeId.localeCompare(b.edgeId));
  const docIds = new Set([...m.graph.getNodeAttribute(id, 'mentions')].map((s) => m.sentences.get(s)?.documentId));
  const documents = modelDocuments(m).filter((d) => docIds.has(d.id));
  return { node: modelNode(m, id), relations, documents };
}

export function modelSearch(m: GraphModel, q: string, limit = 20): SearchHit[] {
  const hits: SearchHit[] = [];
  m.graph.forEachNode((id, a) => {
    const best = bestMatch(q, [a.name, ...a.aliases]);
    if (best) hits.push({ id, name: a.name, type: a.type, ...best });
  });
  return hits.sort((x, y) => y.score - x.score || x.name.localeCompare(y.name)).slice(0, limit);
}

export function modelStats(m: GraphModel, top = 10): GraphStats {
  const byType: Record<string, number> = {};
  const byRelType: Record<string, number> = {};
  m.graph.forEachNode((_id, a) => (byType[a.type] = (byType[a.type] ?? 0) + 1));
  m.graph.forEachEdge((_id, a) => (byRelType[a.type] = (byRelType[a.type] ?? 0) + 1));
  const topEntities = m.graph
    .mapNodes((id, a) => ({ id, name: a.name, type: a.type, degree: m.graph.degree(id) }))
    .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))
    .slice(0, top);
  return {
    nodes: m.graph.order,
    relationships: m.graph.size,
    documents: m.documents.size,
    sentences: m.sentences.size,
    byType,
    byRelType,
    topEntities,
  };
}

/** What importing `incoming` would change, given lookups into what is stored. */
export function planDiff(
  incoming: DocRows[],
  lookup: {
    hasEntity: (id: string) => boolean;
    hasEdge: (id: string) => boolean;
    docHash: (id: string) => string | undefined;
  },
): ImportDiff {
  const diff: ImportDiff = { newEntities: [], newRelations: [], merges: [], documents: [] };
  const seenE = new Set<string>();
  const seenR = new Set<string>();
  for (const rows of incoming) {
    const hash = lookup.docHash(rows.doc.id);
    diff.documents.push({
      id: rows.doc.id,
      status: hash === undefined ? 'new' : hash === rows.doc.hash ? 'unchanged' : 'changed',
    });
    for (const e of rows.entities) {
      if (seenE.has(e.id)) continue;
      seenE.add(e.id);
      (lookup.hasEntity(e.id) ? diff.merges : diff.newEntities).push({ id: e.id, name: e.name, type: e.type });
    }
    for (const r of rows.relations) {
      const id = edgeId(r.source, r.type, r.target);
      if (seenR.has(id) || lookup.hasEdge(id)) continue;
      seenR.add(id);
      diff.newRelations.push({ id, source: r.source, target: r.target, type: r.type });
    }
  }
  return diff;
}
