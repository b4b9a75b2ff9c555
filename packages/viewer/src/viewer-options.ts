// What the composition root (the CLI) hands the viewer server: a store and the functions it may call.
import type { AliasRules, ExtractOptions, ExtractionResult } from '@kg/extractor';
import type { GraphStore } from '@kg/graph';
import type { ViewerSettings } from './viewer-settings.js';

/** The formats /api/export serves (a subset of the graph package's EXPORT_FORMATS). */
export const VIEWER_EXPORT_FORMATS = ['gexf', 'graphml', 'json'] as const;
export type ExportFormat = (typeof VIEWER_EXPORT_FORMATS)[number];

export interface ExportedGraph {
  body: string;
  contentType: string;
}

export interface ViewerServerOptions {
  store: GraphStore;
  /**
   * Turns an uploaded article into an extraction result; `options` carry the id and title of the
   * extractor's articleOptions (the CLI runs the extractor on a worker thread, adding the user's alias
   * rules). `signal` aborts when the server's extraction timeout passes: stop and reject then.
   */
  extractArticle: (
    text: string,
    options: ExtractOptions,
    signal: AbortSignal,
  ) => ExtractionResult | Promise<ExtractionResult>;
  /** Serialises the whole graph; without it only `json` export is offered. */
  exportGraph?: (format: ExportFormat) => Promise<ExportedGraph>;
  /** Directory of the built browser app; omitted = API only. */
  webRoot?: string;
  /** The user's alias file, so /api/doctor explains what its vetoes keep apart. */
  aliases?: AliasRules | null;
  /** Shown by /api/query when the store cannot run Cypher (the CLI says how to start Neo4j). */
  cypherHint?: string;
  settings?: Partial<ViewerSettings>;
  logger?: boolean;
}
