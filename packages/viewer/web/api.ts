// Typed calls to the viewer's HTTP API. Errors become ApiError with the server's message.
import type {
  DoctorReport,
  DocumentPage,
  EdgeDetails,
  EntityDetails,
  EvidenceItem,
  GraphNode,
  GraphPath,
  GraphSnapshot,
  GraphStats,
  ImportDiff,
  ImportSummary,
  OutletSummary,
  QueryResult,
  SearchHit,
} from '@kg/graph';
import { authorizedFetch } from './access-token.js';
import type { Crumb } from './app-state.js';

/** GET /api/graph: the snapshot without its documents (a page of them is GET /api/documents), and their number. */
export type GraphPayload = Omit<GraphSnapshot, 'documents'> & {
  documentTotal: number;
  store: 'embedded' | 'neo4j';
  /** With a budget: the size of the graph the view was chosen from. */
  total?: { nodes: number; edges: number };
};

export interface ImportResponse {
  dryRun: boolean;
  document: { id: string; title?: string };
  diff: ImportDiff;
  summary?: ImportSummary;
  /** The extractor's notes on the article (cut at the size limit, HTML ignored…). */
  warnings?: string[];
}

/** What GET /api/graph is asked for: the server chooses and narrows, the page draws what it receives. */
export interface GraphRequest {
  documents: string[];
  budget: number;
  view?: Crumb | null;
  hops?: number;
  hideTypes?: string[];
  hideRelTypes?: string[];
  /** False: leave out entities related to nothing. */
  isolated?: boolean;
  asOf?: string | null;
  since?: string | null;
  outlets?: string[];
  minSupport?: number;
}

/** The filters every snapshot route applies alike (/api/graph, /api/communities), as query parameters. */
function filterParams(r: Omit<GraphRequest, 'budget'>): URLSearchParams {
  const q = new URLSearchParams();
  if (r.documents.length) q.set('documents', r.documents.join(','));
  if (r.hideTypes?.length) q.set('hideTypes', r.hideTypes.join(','));
  if (r.hideRelTypes?.length) q.set('hideRelTypes', r.hideRelTypes.join(','));
  if (r.isolated === false) q.set('isolated', 'false');
  if (r.asOf) q.set('asOf', r.asOf);
  if (r.since) q.set('since', r.since);
  if (r.outlets?.length) q.set('outlet', r.outlets.join(','));
  if (r.minSupport) q.set('minSupport', String(r.minSupport));
  return q;
}

/** GET /api/communities: one Louvain community, summed up. */
export interface CommunitySummary {
  id: number;
  size: number;
  edges: number;
  top: Array<{ id: string; name: string; type: string }>;
  relTypes: Array<{ type: string; count: number }>;
}

/** GET /api/path: the shortest paths between two entities, each hop's relation and its first sentence. */
export interface PathResponse {
  from: string;
  to: string;
  paths: GraphPath[];
  nodes: GraphNode[];
  hops: Record<string, { edge: EdgeDetails['edge']; sentence?: EvidenceItem }>;
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await authorizedFetch(url, init);
  const body = (await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }))) as T & { error?: string };
  if (!res.ok) throw new ApiError(res.status, body.error ?? `${res.status} ${res.statusText}`);
  return body;
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const api = {
  /** `budget` 0 asks for the whole graph (or the server's cap); `view` an entity's neighbourhood or a community. */
  graph: (r: GraphRequest) => {
    const q = filterParams(r);
    if (r.budget > 0) q.set('budget', String(r.budget));
    if (r.view?.kind === 'ego') q.set('focus', r.view.id);
    if (r.view?.kind === 'ego' && r.hops && r.hops !== 1) q.set('hops', String(r.hops));
    if (r.view?.kind === 'community') q.set('community', String(r.view.id));
    return call<GraphPayload>(`./api/graph${q.size ? `?${q}` : ''}`);
  },
  communities: (r: Omit<GraphRequest, 'budget'>) => {
    const q = filterParams(r);
    return call<{ communities: CommunitySummary[]; total: number }>(`./api/communities${q.size ? `?${q}` : ''}`);
  },
  stats: () => call<GraphStats>('./api/stats'),
  doctor: () => call<DoctorReport>('./api/doctor'),
  outlets: () => call<{ outlets: OutletSummary[] }>('./api/outlets').then((r) => r.outlets),
  /** The first `limit` documents whose title, id or source contains `q`, and how many match. */
  documents: (q: string, limit: number) =>
    call<DocumentPage>(`./api/documents?${new URLSearchParams({ ...(q ? { q } : {}), limit: String(limit) })}`),
  entity: (id: string) => call<EntityDetails>(`./api/entities/${encodeURIComponent(id)}`),
  edge: (id: string) => call<EdgeDetails>(`./api/edges/${encodeURIComponent(id)}`),
  path: (from: string, to: string, k = 3) =>
    call<PathResponse>(`./api/path?${new URLSearchParams({ from, to, k: String(k) })}`),
  search: (q: string) =>
    call<{ hits: SearchHit[] }>(`./api/search?q=${encodeURIComponent(q)}&limit=12`).then((r) => r.hits),
  query: (cypher: string) => call<QueryResult>('./api/query', json({ cypher })),
  importText: (fields: { text: string; title?: string; source?: string; date?: string }, dryRun: boolean) =>
    call<ImportResponse>(`./api/articles?dryRun=${dryRun}`, json(fields)),
  importFile: (file: File, fields: { title?: string; source?: string; date?: string }, dryRun: boolean) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) if (v) form.append(k, v);
    form.append('file', file, file.name);
    return call<ImportResponse>(`./api/articles?dryRun=${dryRun}`, { method: 'POST', body: form });
  },
  exportFile: async (format: string): Promise<Blob> => {
    const res = await authorizedFetch(`./api/export?format=${format}`);
    if (!res.ok) throw new ApiError(res.status, `export: ${res.status} ${res.statusText}`);
    return res.blob();
  },
};
