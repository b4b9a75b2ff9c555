// POST /api/query: Cypher in a read transaction, with the server's timeout and row cap.
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../viewer-errors.js';
import type { ViewerServerOptions } from '../viewer-options.js';
import type { ViewerSettings } from '../viewer-settings.js';

export function registerQueryRoute(app: FastifyInstance, options: ViewerServerOptions, settings: ViewerSettings): void {
  app.post<{ Body: { cypher: string; params?: Record<string, unknown>; maxRows?: number } }>(
    '/api/query',
    {
      schema: {
        body: {
          type: 'object',
          required: ['cypher'],
          additionalProperties: false,
          properties: {
            cypher: { type: 'string', minLength: 1, maxLength: 20_000 },
            params: { type: 'object' },
            maxRows: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
    async (req) => {
      const { store } = options;
      if (!store.capabilities.cypher)
        throw new HttpError(
          501,
          `query: the ${store.kind} store does not run Cypher${options.cypherHint ? `. ${options.cypherHint}` : ''}`,
        );
      const maxRows = Math.min(req.body.maxRows ?? settings.queryMaxRows, settings.queryMaxRows);
      try {
        return await store.query(req.body.cypher, req.body.params ?? {}, {
          write: false,
          timeoutMs: settings.queryTimeoutMs,
          maxRows,
        });
      } catch (err) {
        const e = err as Error & { code?: string };
        if (e.name === 'ReadOnlyQueryError') throw new HttpError(403, `query: ${e.message}`);
        if (typeof e.code === 'string' && /ServiceUnavailable|SessionExpired/.test(e.code))
          throw new HttpError(503, `query: Neo4j unavailable (${e.message})`);
        // Syntax errors, writes refused by the read transaction, timeouts: the user's query is at fault.
        throw new HttpError(400, `query: ${e.message}`);
      }
    },
  );
}
