// GET /api/communities: the graph's Louvain communities, biggest first, each with its size, its most
// important entities and its most frequent relation types (the same filters as /api/graph).
import type { FastifyInstance } from 'fastify';
import type { GraphSnapshot, GraphStore } from '@kg/graph';
import type { ViewCache } from '../view-cache.js';
import { listCommunities } from '../list-communities.js';
import { FILTER_PROPERTIES, cachedSnapshot, filterOptions, narrowing, type FilterQuery } from './snapshot-filters.js';
import { narrowSnapshot } from '../narrow-snapshot.js';

interface CommunitiesQuery extends FilterQuery {
  top?: number;
  limit?: number;
}

export function registerCommunitiesRoute(
  app: FastifyInstance,
  store: GraphStore,
  snapshots: ViewCache<GraphSnapshot>,
): void {
  app.get<{ Querystring: CommunitiesQuery }>(
    '/api/communities',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...FILTER_PROPERTIES,
            top: { type: 'integer', minimum: 1, maximum: 50 },
            limit: { type: 'integer', minimum: 1, maximum: 1000 },
          },
        },
      },
    },
    async (req) => {
      const opts = filterOptions(req.query, '/api/communities');
      const snapshot = await cachedSnapshot(snapshots, store, opts);
      return listCommunities(narrowSnapshot(snapshot, narrowing(req.query)), {
        top: req.query.top,
        limit: req.query.limit,
      });
    },
  );
}
