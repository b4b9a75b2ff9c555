// GET /api/doctor: what `kg doctor` lists about the graph's identity — names held by more than one node,
// short forms kept apart, type conflicts with their votes, isolated nodes, the largest alias sets — each
// with the `kg` command that fixes it (the viewer shows them; it changes nothing).
import type { FastifyInstance } from 'fastify';
import type { ViewerServerOptions } from '../viewer-options.js';

export function registerDoctorRoute(app: FastifyInstance, options: ViewerServerOptions): void {
  app.get<{ Querystring: { limit?: number } }>(
    '/api/doctor',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: 1, maximum: 1000 } },
        },
      },
    },
    async (req) => options.store.doctor({ limit: req.query.limit ?? 20, aliases: options.aliases ?? null }),
  );
}
