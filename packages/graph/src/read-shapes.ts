// The API shapes both stores' read paths build (evidence items, document summaries, edges, relation
// order, search ranking), from the plain rows each store reads, so the embedded store and Neo4j answer
// alike.
import type { TimeRef } from '@kg/extractor';
import { bestMatch } from './score-match.js';
import type {
  ClaimView,
  DenialItem,
  DocumentSummary,
  EntityRef,
  EvidenceItem,
  GraphEdge,
  RelationView,
  SearchHit,
  Span,
} from './types.js';

const present = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

/** A sentence as stored, with its document's id, title, published date and outlet name. */
export interface SentenceRecord {
  id: string;
  documentId: string;
  title?: string | null;
  date?: string | null;
  outlet?: string | null;
  index: number;
  text: string;
  start: number;
  end: number;
}

export function evidenceItem(
  s: SentenceRecord,
  spans: { subject?: Span; object?: Span; time?: TimeRef } = {},
): EvidenceItem {
  const item: EvidenceItem = {
    sentenceId: s.id,
    documentId: s.documentId,
    index: s.index,
    text: s.text,
    start: s.start,
    end: s.end,
  };
  if (present(s.title)) item.documentTitle = s.title;
  if (present(s.date)) item.documentDate = s.date;
  if (present(s.outlet)) item.outlet = s.outlet;
  if (spans.subject) item.subject = spans.subject;
  if (spans.object) item.object = spans.object;
  if (spans.time) item.time = spans.time;
  return item;
}

/** A negating sentence as the API shows it: the sentence, the negated phrase and who denied it. */
export function denialItem(s: SentenceRecord, phrase: string, by?: string | null): DenialItem {
  const item: DenialItem = { ...evidenceItem(s), phrase };
  if (present(by)) item.by = by;
  return item;
}

/** Evidence items in sentence-id order; sentences the store no longer has are left out. */
export function evidenceList(
  support: Array<{ sentenceId: string; subject?: Span; object?: Span; time?: TimeRef }>,
  sentence: (id: string) => SentenceRecord | undefined,
): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (const it of [...support].sort((a, b) =>
    a.sentenceId < b.sentenceId ? -1 : a.sentenceId > b.sentenceId ? 1 : 0,
  )) {
    const s = sentence(it.sentenceId);
    if (s) out.push(evidenceItem(s, it));
  }
  return out;
}

export function documentSummary(r: {
  id: string;
  title?: string | null;
  source?: string | null;
  date?: string | null;
  importedAt: string;
  sentences: number;
  outletName?: string | null;
  outletDomain?: string | null;
}): DocumentSummary {
  const d: DocumentSummary = { id: r.id, importedAt: r.importedAt, sentences: r.sentences };
  if (present(r.title)) d.title = r.title;
  if (present(r.source)) d.source = r.source;
  if (present(r.date)) d.date = r.date;
  if (present(r.outletName))
    d.outlet = present(r.outletDomain) ? { name: r.outletName, domain: r.outletDomain } : { name: r.outletName };
  return d;
}

/** An edge from its supporting sentences (ids and phrases) and what its sources add up to (EdgeSources, isDisputed). */
export function edgeShape(
  e: { id: string; source: string; target: string; type: string },
  evidence: string[],
  phrases: string[],
  sources: {
    firstSeen?: string | null;
    lastSeen?: string | null;
    support?: number;
    outlets?: string[];
    disputed?: boolean | null;
  } = {},
): GraphEdge {
  const out: GraphEdge = {
    ...e,
    weight: evidence.length,
    phrases: [...new Set(phrases)].sort(),
    evidence: [...evidence].sort(),
  };
  if (present(sources.firstSeen)) out.firstSeen = sources.firstSeen;
  if (present(sources.lastSeen)) out.lastSeen = sources.lastSeen;
  if (present(sources.support)) out.support = sources.support;
  if (present(sources.outlets)) out.outlets = [...sources.outlets];
  if (sources.disputed) out.disputed = true;
  return out;
}

/** A stored claim as the API shows it; the content's offsets become offsets within its sentence. */
export function claimView(
  c: { id: string; verb: string; text: string; start: number; end: number; quote: boolean; time?: TimeRef },
  speaker: EntityRef,
  about: EntityRef[],
  s: SentenceRecord,
): ClaimView {
  const within = (at: number) => Math.min(Math.max(at - s.start, 0), s.text.length);
  return {
    id: c.id,
    speaker,
    verb: c.verb,
    text: c.text,
    quote: c.quote,
    about: [...about].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    sentence: evidenceItem(s),
    content: { start: within(c.start), end: within(c.end) },
    ...(c.time ? { time: c.time } : {}),
  };
}

/** Claims by document, then position in it (the same order from every store). */
export function sortClaims(claims: ClaimView[]): ClaimView[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return claims.sort(
    (a, b) =>
      cmp(a.sentence.documentId, b.sentence.documentId) ||
      a.sentence.index - b.sentence.index ||
      a.content.start - b.content.start ||
      cmp(a.id, b.id),
  );
}

/** An entity's relations, strongest first. */
export function sortRelations(relations: RelationView[]): RelationView[] {
  return relations.sort((a, b) => b.weight - a.weight || a.edgeId.localeCompare(b.edgeId));
}

/** Search hits over candidate entities: each scored by its best name or alias, best first. */
export function rankHits(
  q: string,
  candidates: Iterable<{ id: string; name: string; type: string; aliases: string[] }>,
  limit = 20,
): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const c of candidates) {
    const best = bestMatch(q, [c.name, ...c.aliases]);
    if (best) hits.push({ id: c.id, name: c.name, type: c.type, ...best });
  }
  return hits.sort((x, y) => y.score - x.score || x.name.localeCompare(y.name)).slice(0, limit);
}

/** The first and last published date of the documents, as min/max read them (null when none is dated). */
export interface DateSpan {
  first: string | null;
  last: string | null;
}

/** GraphStats' `dates`, present only when some document is dated. */
export function datesOf(span: DateSpan | undefined): { dates?: { first: string; last: string } } {
  return span?.first && span.last ? { dates: { first: span.first, last: span.last } } : {};
}
