// Read routes: the graph snapshot (whole, an overview within a node budget, an entity's neighbourhood or one
// community), a page of the documents, one entity, one edge, search, stats, the outlets and the recorded
// import runs.
import type { FastifyInstance } from 'fastify';
import {
  MAX_DOCUMENT_PAGE,
  MAX_ENTITY_PAGE,
  type DocumentQuery,
  type EntityPage,
  type GraphSnapshot,
  type GraphStore,
  type SnapshotOptions,
} from '@kg/graph';
import type { ViewCache } from '../view-cache.js';
import { HttpError } from '../viewer-errors.js';
import type { ViewerSettings } from '../viewer-settings.js';
import { selectOverview } from '../select-overview.js';
import { MAX_EGO_HOPS, selectEgo } from '../select-ego.js';
import { selectCommunity } from '../select-community.js';
import { FILTER_PROPERTIES, cachedSnapshot, filterOptions, narrowing, type FilterQuery } from './snapshot-filters.js';
import { narrowSnapshot } from '../narrow-snapshot.js';

interface GraphQuery extends FilterQuery {
  limit?: number;
  budget?: number;
  focus?: string;
  hops?: number;
  community?: number;
}

export function registerGraphRoutes(
  app: FastifyInstance,
  store: GraphStore,
  settings: ViewerSettings,
  caches: { snapshots: ViewCache<GraphSnapshot>; views: ViewCache<string> },
): void {
  app.get<{ Querystring: GraphQuery }>(
    '/api/graph',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...FILTER_PROPERTIES,
            limit: { type: 'integer', minimum: 1 },
            budget: { type: 'integer', minimum: 1 },
            focus: { type: 'string', minLength: 1, maxLength: 500 },
            hops: { type: 'integer', minimum: 1, maximum: MAX_EGO_HOPS },
            community: { type: 'integer', minimum: 0 },
          },
        },
      },
    },
    async (req, reply) => {
      const q = req.query;
      if (q.hops !== undefined && q.focus === undefined)
        throw new HttpError(400, 'GET /api/graph: hops needs focus (the entity to centre on)');
      if (q.focus !== undefined && q.community !== undefined)
        throw new HttpError(400, 'GET /api/graph: expected focus or community, not both');
      // The same view asked for with its parameters in another order is the same answer.
      const key = JSON.stringify(Object.entries(q).sort(([a], [b]) => (a < b ? -1 : 1)));
      const json = await caches.views.get(key, async () => JSON.stringify(await graphView(q)));
      return reply.type('application/json; charset=utf-8').send(json);
    },
  );

  async function graphView(q: GraphQuery) {
    const opts: SnapshotOptions = {
      ...filterOptions(q, '/api/graph'),
      // A budget, focus or community chooses among all nodes; the cap then applies to what is sent.
      limit:
        q.budget !== undefined || q.focus !== undefined || q.community !== undefined
          ? undefined
          : Math.min(q.limit ?? settings.maxGraphNodes, settings.maxGraphNodes),
    };
    const stored = await cachedSnapshot(caches.snapshots, store, opts);
    const snapshot = narrowSnapshot(stored, narrowing(q));
    const budget = Math.min(q.budget ?? q.limit ?? settings.maxGraphNodes, settings.maxGraphNodes);
    // The documents' summaries stay out (2.7 of 7.3 MB at 10k articles): their number is sent, the page
    // lists them from /api/documents.
    const send = ({ documents, ...view }: GraphSnapshot) => ({
      ...view,
      documentTotal: documents.length,
      store: store.kind,
    });
    if (q.focus !== undefined) {
      const ego = selectEgo(snapshot, q.focus, q.hops ?? 1, budget);
      if (!ego) throw new HttpError(404, `GET /api/graph: entity "${q.focus}" not found (or filtered out)`);
      return send(ego);
    }
    if (q.community !== undefined) {
      const part = selectCommunity(snapshot, q.community, budget);
      if (!part) throw new HttpError(404, `GET /api/graph: community ${q.community} not found (or filtered out)`);
      return send(part);
    }
    if (q.budget !== undefined) return send(selectOverview(snapshot, budget));
    return send(snapshot);
  }

  app.get<{ Querystring: DocumentQuery }>(
    '/api/documents',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            q: { type: 'string', maxLength: 500 },
            limit: { type: 'integer', minimum: 1, maximum: MAX_DOCUMENT_PAGE },
            offset: { type: 'integer', minimum: 0 },
          },
        },
      },
    },
    async (req) => store.listDocuments(req.query),
  );

  const pageSize = { type: 'integer', minimum: 1, maximum: MAX_ENTITY_PAGE } as const;
  app.get<{ Params: { id: string }; Querystring: Partial<EntityPage> }>(
    '/api/entities/:id',
    {
      schema: {
        params: {
          type: 'object',
          properties: { id: { type: 'string', minLength: 1, maxLength: 500 } },
          required: ['id'],
        },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { evidence: pageSize, claims: pageSize, documents: pageSize },
        },
      },
    },
    async (req) => {
      const details = await store.entity(req.params.id, req.query);
      if (!details) throw new HttpError(404, `entity "${req.params.id}" not found`);
      return details;
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/edges/:id',
    {
      schema: {
        params: {
          type: 'object',
          properties: { id: { type: 'string', minLength: 1, maxLength: 1000 } },
          required: ['id'],
        },
      },
    },
    async (req) => {
      const details = await store.edge(req.params.id);
      if (!details) throw new HttpError(404, `edge "${req.params.id}" not found`);
      return details;
    },
  );

  app.get<{ Querystring: { q: string; limit?: number } }>(
    '/api/search',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: 100 },
          },
        },
      },
    },
    async (req) => ({ hits: await store.search(req.query.q, req.query.limit ?? 10) }),
  );

  app.get('/api/stats', async () => ({ ...(await store.stats()), store: store.kind }));

  app.get('/api/outlets', async () => ({ outlets: await store.outlets() }));

  app.get<{ Querystring: { limit?: number } }>(
    '/api/import-runs',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: 1, maximum: 1000 } },
        },
      },
    },
    async (req) => ({ runs: await store.importRuns(req.query.limit ?? 50) }),
  );
}
