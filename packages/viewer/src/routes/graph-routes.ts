// Read routes: the graph snapshot, one entity, one edge, search and stats.
import type { FastifyInstance } from 'fastify';
import type { GraphStore, SnapshotOptions } from '@kg/graph';
import { HttpError } from '../viewer-errors.js';
import type { ViewerSettings } from '../viewer-settings.js';

const list = { type: 'string', maxLength: 10_000 } as const;

interface GraphQuery {
  types?: string;
  relTypes?: string;
  documents?: string;
  minDegree?: number;
  minWeight?: number;
  limit?: number;
}

const split = (s?: string): string[] | undefined =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : undefined;

export function registerGraphRoutes(app: FastifyInstance, store: GraphStore, settings: ViewerSettings): void {
  app.get<{ Querystring: GraphQuery }>(
    '/api/graph',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            types: list,
            relTypes: list,
            documents: list,
            minDegree: { type: 'integer', minimum: 0 },
            minWeight: { type: 'integer', minimum: 0 },
            limit: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
    async (req) => {
      const q = req.query;
      const opts: SnapshotOptions = {
        types: split(q.types),
        relTypes: split(q.relTypes),
        documents: split(q.documents),
        minDegree: q.minDegree,
        minWeight: q.minWeight,
        limit: Math.min(q.limit ?? settings.maxGraphNodes, settings.maxGraphNodes),
      };
      return { ...(await store.snapshot(opts)), store: store.kind };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/entities/:id',
    {
      schema: {
        params: {
          type: 'object',
          properties: { id: { type: 'string', minLength: 1, maxLength: 500 } },
          required: ['id'],
        },
      },
    },
    async (req) => {
      const details = await store.entity(req.params.id);
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
}
