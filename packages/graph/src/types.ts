// The graph's shared types: what stores return and what the viewer's API serves.
import type { AliasRules, EntityType, ExtractionResult, Outlet, TimeRef } from '@kg/extractor';
import type { DoctorOptions, DoctorReport } from './doctor-report.js';
import type { EntityPage } from './entity-page.js';
import type { SplitResult } from './split-plan.js';

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType | string;
  aliases: string[];
  /** Number of sentences that mention the entity. */
  mentions: number;
  degree?: number;
  pagerank?: number;
  community?: number;
  component?: number;
  x?: number;
  y?: number;
}

export interface GraphEdge {
  /** Deterministic: `${source}|${type}|${target}`. */
  id: string;
  source: string;
  target: string;
  type: string;
  /** Number of supporting sentences. */
  weight: number;
  phrases: string[];
  /** Sentence ids of the supporting evidence. */
  evidence: string[];
  /** Earliest and latest published date (YYYY-MM-DD) of the supporting documents; undated ones do not count. */
  firstSeen?: string;
  lastSeen?: string;
  /** Number of distinct documents among the supporting sentences. */
  support?: number;
  /** Ids of the distinct outlets (outletId: the site's domain, else `name:<name>`) of the supporting documents. */
  outlets?: string[];
  /** Affirmed by one document and negated or denied by another (isDisputed); see EdgeDetails.denials. */
  disputed?: boolean;
}

export interface DocumentSummary {
  id: string;
  title?: string;
  source?: string;
  /** The article's published date (YYYY-MM-DD), when known. */
  date?: string;
  outlet?: Outlet;
  importedAt: string;
  sentences: number;
}

/** An outlet as stored: id (outletId), name, domain, and how many stored documents it published. */
export interface OutletSummary {
  id: string;
  name: string;
  domain?: string;
  documents: number;
}

export interface GraphSnapshot {
  nodes: GraphNode[];
  edges: GraphEdge[];
  documents: DocumentSummary[];
  /** True when a node cap cut the graph. */
  truncated: boolean;
}

export interface SnapshotOptions {
  /** Only relations known by this date (YYYY-MM-DD): firstSeen on or before it (undated relations are kept). */
  asOf?: string;
  /**
   * Only relations reported on or after this date (YYYY-MM-DD): at least one supporting document published
   * between it and `asOf` (when given). Undated relations cannot be placed in the range and are left out.
   */
  since?: string;
  /** Only relations supported by at least one of these outlets (outlet id, domain or name, any case). */
  outlets?: string[];
  /** Only relations supported by at least this many documents. */
  minSupport?: number;
  types?: string[];
  relTypes?: string[];
  documents?: string[];
  minDegree?: number;
  minWeight?: number;
  /** Keep at most this many nodes (highest degree first). */
  limit?: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface EvidenceItem {
  sentenceId: string;
  documentId: string;
  documentTitle?: string;
  /** The document's published date (YYYY-MM-DD) and outlet name, when known: where and when it was said. */
  documentDate?: string;
  outlet?: string;
  index: number;
  text: string;
  /** Offsets of the sentence in its document. */
  start: number;
  end: number;
  /** Offsets of the subject/object mention within the sentence text, when known. */
  subject?: Span;
  object?: Span;
  /** When the sentence says it happened ("on Monday" → 2020-03-09, from the article's date), when it says. */
  time?: TimeRef;
}

export interface RelationView {
  edgeId: string;
  type: string;
  direction: 'out' | 'in';
  other: { id: string; name: string; type: string };
  weight: number;
  phrases: string[];
  evidence: EvidenceItem[];
}

/** An entity as other views name it. */
export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

/** A piece of reported speech: who said what about which entities, and the sentence it was read from. */
export interface ClaimView {
  /** `<documentId>#<claim id>`. */
  id: string;
  speaker: EntityRef;
  /** Lemma of the reporting verb ("say", "deny") or "according to". */
  verb: string;
  /** The claimed content. */
  text: string;
  /** True for a direct quotation. */
  quote: boolean;
  about: EntityRef[];
  /** The sentence (and its document). */
  sentence: EvidenceItem;
  /** Offsets of the claimed content within `sentence.text` (clipped to it). */
  content: Span;
  /** When it was said, when the reporting clause says ("said on Monday"). */
  time?: TimeRef;
}

export interface EntityDetails {
  node: GraphNode;
  relations: RelationView[];
  documents: DocumentSummary[];
  /** Claims the entity made, in document and sentence order. */
  said: ClaimView[];
  /** Claims others made about the entity, in document and sentence order. */
  saidAbout: ClaimView[];
  /** The lengths of the lists before the page cut them (EntityPage). */
  totals: { documents: number; said: number; saidAbout: number };
}

/** A sentence that negates or denies a relation ("X did not sanction Y", "Y denied that X paid it"). */
export interface DenialItem extends EvidenceItem {
  /** The negated phrase as written. */
  phrase: string;
  /** Entity id of who denied it, when the negation is someone's statement. */
  by?: string;
}

export interface EdgeDetails {
  edge: GraphEdge;
  source: GraphNode;
  target: GraphNode;
  /** The affirming side. */
  evidence: EvidenceItem[];
  /** The negating side (empty unless some document negates or denies the relation). */
  denials: DenialItem[];
}

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  /** The name or alias that matched. */
  matched: string;
  score: number;
}

export interface ImportSummary {
  documents: number;
  /** Documents whose content was already in the store unchanged. */
  unchanged: number;
  entitiesAdded: number;
  relationsAdded: number;
  claimsAdded: number;
  sentences: number;
  /**
   * Supporting documents relations gained beyond their first (each document after the one that added a
   * relation, in this import or before it, counts one), the same in both stores however documents are batched.
   */
  corroborated: number;
  /** Relations that became disputed. */
  disputed: number;
  /** Stored documents whose content changed and were replaced. */
  replaced: number;
}

/** One recorded import: when, from what, and what it changed. */
export interface ImportRun {
  /** `run-<at>-<random>`: sorts by time. */
  id: string;
  /** ISO time the import ended. */
  at: string;
  /** What was imported (paths, URLs, feeds; "api" for the viewer's import). */
  source: string;
  counts: ImportSummary;
}

export interface ImportDiff {
  newEntities: Array<{ id: string; name: string; type: string }>;
  newRelations: Array<{ id: string; source: string; target: string; type: string }>;
  /** Extracted entities that land on a node already in the store. */
  merges: Array<{ id: string; name: string; type: string }>;
  documents: Array<{ id: string; status: 'new' | 'changed' | 'unchanged' }>;
  /** The claims (reported speech) a new or changed document would write; its speaker as resolved. */
  claims: Array<{
    id: string;
    document: string;
    speaker: string;
    speakerName: string;
    verb: string;
    text: string;
    quote: boolean;
  }>;
}

export interface GraphStats {
  nodes: number;
  relationships: number;
  documents: number;
  sentences: number;
  /** Stored claims (reported speech); not among `relationships`. */
  claims: number;
  byType: Record<string, number>;
  byRelType: Record<string, number>;
  topEntities: Array<{ id: string; name: string; type: string; degree: number }>;
  /** The earliest and latest published date (YYYY-MM-DD) among the documents; absent when none is dated. */
  dates?: { first: string; last: string };
}

export interface QueryOptions {
  write?: boolean;
  timeoutMs?: number;
  maxRows?: number;
}

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
  /** Entity ids and edge ids found anywhere in the result, for highlighting. */
  nodeIds: string[];
  edgeIds: string[];
  truncated: boolean;
}

export interface ImportOptions {
  importedAt?: string;
  /** The alias file: its vetoes forbid graph-level merges too (resolve-entities.ts). */
  aliases?: AliasRules;
  onProgress?: (done: number, total: number) => void;
}

/** One way two entities are connected: entity ids in order and the relation between each pair. */
export interface GraphPath {
  nodes: string[];
  /** edges[i] links nodes[i] and nodes[i + 1], in either direction. */
  edges: string[];
  /** Supporting sentences summed over the hops. */
  weight: number;
}

export interface PathOptions {
  /** At most this many paths (the best-supported of the shortest). */
  k: number;
  /** Longest path looked for, in hops. */
  maxHops: number;
}

/** What a store can do beyond the common interface: callers ask here, never by the store's kind or methods. */
export interface StoreCapabilities {
  /** query() runs Cypher; without it query() rejects with QueryUnsupportedError. */
  cypher: boolean;
  /** writeAnalytics() keeps degree/PageRank/community/x/y as entity properties (for Cypher). */
  storedAnalytics: boolean;
}

/** What every store (embedded or Neo4j) offers. The viewer and CLI use only this. */
/** Which stored documents to list: those whose title, id or source contains `q` (any case), a page of them. */
export interface DocumentQuery {
  q?: string;
  limit?: number;
  offset?: number;
}

/** One page of stored documents, in import order, and how many match in all. */
export interface DocumentPage {
  documents: DocumentSummary[];
  total: number;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  readonly capabilities: StoreCapabilities;
  importDocuments(results: ExtractionResult[], options?: ImportOptions): Promise<ImportSummary>;
  /** What in the graph's identity needs a look (duplicates, ambiguous short forms, type conflicts …). */
  doctor(options?: DoctorOptions): Promise<DoctorReport>;
  planImport(results: ExtractionResult[], options?: ImportOptions): Promise<ImportDiff>;
  deleteDocument(id: string): Promise<boolean>;
  snapshot(options?: SnapshotOptions): Promise<GraphSnapshot>;
  /**
   * Optional: a cheap token of the stored content that changes with every write (by any process); while it
   * is the same, snapshot() answers the same, so a caller may keep what it derived from one.
   */
  contentVersion?(): Promise<string>;
  /** The entity's details, each list cut to `page` (DEFAULT_ENTITY_PAGE where not given). */
  entity(id: string, page?: Partial<EntityPage>): Promise<EntityDetails | null>;
  edge(id: string): Promise<EdgeDetails | null>;
  /** The details of several edges at once (edge id → details, for those that exist): a path's hops. */
  edgeDetails(ids: string[]): Promise<Map<string, EdgeDetails>>;
  search(q: string, limit?: number): Promise<SearchHit[]>;
  stats(): Promise<GraphStats>;
  /** Cypher where `capabilities.cypher`; elsewhere rejects with QueryUnsupportedError. */
  query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult>;
  /** Optional: the shortest paths between two entities (null when either is missing); else the caller uses findPaths on a snapshot. */
  paths?(from: string, to: string, options?: Partial<PathOptions>): Promise<GraphPath[] | null>;
  /** Merges stored entities named by the rules' `merge` entries; resolves to how many merged. */
  applyAliases(rules: AliasRules): Promise<number>;
  /**
   * Splits `names` off entity `id` now: the documents whose own name for it was one of them are resolved
   * again under `veto` (the alias file's vetoes, which should forbid that merge). Rejects with
   * SplitEntityError for an unknown id or name, or a split that would leave the node nothing.
   */
  splitEntity(id: string, names: string[], veto?: AliasRules['veto']): Promise<SplitResult>;
  /**
   * Stores the analytics on the entities where `capabilities.storedAnalytics`, resolving to how many were
   * written; a store that computes them on every read has nothing to keep and resolves to 0.
   */
  writeAnalytics(): Promise<number>;
  /** Records one import (one or more importDocuments calls, their summaries added up) as an ImportRun. */
  recordImportRun(source: string, summary: ImportSummary): Promise<ImportRun>;
  /** Recorded import runs, newest first. */
  importRuns(limit?: number): Promise<ImportRun[]>;
  /** Every stored outlet with its number of documents, by name. */
  outlets(): Promise<OutletSummary[]>;
  /** A page of the stored documents (the viewer lists them apart from the graph: 10k summaries are megabytes). */
  listDocuments(query?: DocumentQuery): Promise<DocumentPage>;
  /** Every stored claim, in document and sentence order (for exports). */
  claims(): Promise<ClaimView[]>;
  close(): Promise<void>;
}
