// GET /api/export?format=gexf|graphml|json: the whole graph as a download.
import type { FastifyInstance } from 'fastify';
import { VIEWER_EXPORT_FORMATS, type ExportFormat, type ViewerServerOptions } from '../viewer-options.js';
import { HttpError } from '../viewer-errors.js';

export function registerExportRoute(app: FastifyInstance, options: ViewerServerOptions): void {
  app.get<{ Querystring: { format: ExportFormat } }>(
    '/api/export',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['format'],
          properties: { format: { type: 'string', enum: [...VIEWER_EXPORT_FORMATS] } },
        },
      },
    },
    async (req, reply) => {
      const { format } = req.query;
      let out;
      if (options.exportGraph) out = await options.exportGraph(format);
      else if (format === 'json')
        out = { body: JSON.stringify(await options.store.snapshot()), contentType: 'application/json' };
      else throw new HttpError(501, `export: ${format} export is not wired into this server`);
      return reply
        .header('content-type', out.contentType)
        .header('content-disposition', `attachment; filename="knowledge-graph.${format}"`)
        .send(out.body);
    },
  );
}
