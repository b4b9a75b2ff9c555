// @kg/graph: one growing knowledge graph (graphology model, embedded and Neo4j stores, analytics, exports).
export type {
  ClaimView,
  DocumentPage,
  DocumentQuery,
  DocumentSummary,
  EdgeDetails,
  EntityDetails,
  EntityRef,
  EvidenceItem,
  GraphEdge,
  GraphNode,
  GraphPath,
  GraphSnapshot,
  GraphStats,
  GraphStore,
  ImportDiff,
  DenialItem,
  ImportOptions,
  ImportRun,
  ImportSummary,
  OutletSummary,
  PathOptions,
  QueryOptions,
  QueryResult,
  RelationView,
  SearchHit,
  SnapshotOptions,
  Span,
  StoreCapabilities,
} from './types.js';
export { EmbeddedStore, openEmbeddedStore } from './embedded-store.js';
export { readJsonGraphFile, JSON_GRAPH_FORMAT, JSON_GRAPH_VERSION } from './json-graph-file.js';
export { SCHEMA_VERSION } from './sqlite-schema.js';
export { MIGRATION_LEVEL } from './neo4j-schema.js';
export type { EmbeddedStoreOptions } from './embedded-store.js';
export {
  GraphStoreError,
  QueryUnsupportedError,
  StoreLockedError,
  StoreFormatError,
  WriteDocumentsError,
  ReadOnlyQueryError,
  SplitEntityError,
} from './errors.js';
export { checkReadOnlyCypher } from './read-only-cypher.js';
export { toDocRows } from './doc-rows.js';
export { CLAIM_EDGE_TYPE } from './claim-edges.js';
export type { DocRows } from './doc-rows.js';
export { analyze, DEFAULT_ANALYZE, resolveAnalyze } from './analyze.js';
export type { AnalyzeSettings, Positions } from './analyze.js';
export { componentMetrics } from './component-metrics.js';
export type { ComponentMetrics, NodeMetrics, PartMetrics } from './component-metrics.js';
export { isSafeRelType, safeRelType, safeTypeLabel } from './rel-type.js';
export { writeFileAtomic } from './atomic-write.js';
export type { Neo4jStore } from './neo4j-store.js';
export { openNeo4jStore } from './open-neo4j-store.js';
export { DEFAULT_NEO4J, DEFAULT_QUERY } from './neo4j-options.js';
export type { Neo4jStoreOptions } from './neo4j-options.js';
export { exportGraph, exportSnapshot, EXPORT_FORMATS } from './export-graph.js';
export type { ExportFormatName, ExportedFile } from './export-graph.js';
export { findPaths, rankPaths, resolvePathOptions, DEFAULT_PATH_OPTIONS } from './find-paths.js';
export { DEFAULT_DOCUMENT_QUERY, MAX_DOCUMENT_PAGE, resolveDocumentQuery } from './document-query.js';
export { DEFAULT_ENTITY_PAGE, MAX_ENTITY_PAGE, pageEntity, resolveEntityPage } from './entity-page.js';
export type { EntityPage } from './entity-page.js';
export { doctorReport } from './doctor-report.js';
export type { DoctorOptions, DoctorReport, IdentityNode, NodeRef } from './doctor-report.js';
export { nameKey } from './node-keys.js';
export { addSummaries, runCounts } from './import-run.js';
export { edgeSources, isDisputed } from './edge-sources.js';
export type { TypeVotes } from './derive-node.js';
export { NodeIndex, resolveDocument } from './resolve-entities.js';
export { loadLexicon } from './load-lexicon.js';
export type { StoredNode, Veto } from './resolve-entities.js';
export type { SplitResult } from './split-plan.js';
