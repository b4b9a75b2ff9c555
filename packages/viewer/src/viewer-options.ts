// What the composition root (the CLI) hands the viewer server: a store and the functions it may call.
import type { ExtractionResult } from '@kg/extractor';
import type { GraphStore } from '@kg/graph';
import type { ViewerSettings } from './viewer-settings.js';

export interface ArticleMeta {
  title?: string;
  source?: string;
  date?: string;
}

export type ExportFormat = 'gexf' | 'graphml' | 'json';

export interface ExportedGraph {
  body: string;
  contentType: string;
}

export interface ViewerServerOptions {
  store: GraphStore;
  /** Turns an article's text into an extraction result (the CLI passes the extractor's `extract`). */
  extractArticle: (text: string, meta: ArticleMeta) => ExtractionResult | Promise<ExtractionResult>;
  /** Serialises the whole graph; without it only `json` export is offered. */
  exportGraph?: (format: ExportFormat) => Promise<ExportedGraph>;
  /** Directory of the built browser app; omitted = API only. */
  webRoot?: string;
  /** Shown by /api/query when the store cannot run Cypher. */
  cypherHint?: string;
  settings?: Partial<ViewerSettings>;
  logger?: boolean;
}
