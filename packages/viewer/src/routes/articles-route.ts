// POST /api/articles: extract an article and import it (or, with ?dryRun=true, only plan the import).
import type { FastifyInstance } from 'fastify';
import type { ViewerServerOptions } from '../viewer-options.js';
import { readArticleRequest } from '../read-article-request.js';
import { HttpError } from '../viewer-errors.js';

export function registerArticlesRoute(app: FastifyInstance, options: ViewerServerOptions): void {
  // Imports run one at a time so two uploads never interleave their writes.
  let queue: Promise<unknown> = Promise.resolve();

  app.post<{ Querystring: { dryRun?: boolean } }>(
    '/api/articles',
    {
      schema: {
        querystring: { type: 'object', additionalProperties: false, properties: { dryRun: { type: 'boolean' } } },
        body: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['text'],
                additionalProperties: false,
                properties: {
                  text: { type: 'string', minLength: 1 },
                  title: { type: 'string' },
                  source: { type: 'string' },
                  date: { type: 'string' },
                },
              },
            },
            'multipart/form-data': { schema: {} },
          },
        },
      },
    },
    async (req) => {
      const { text, options: articleOptions } = await readArticleRequest(req);
      let result;
      try {
        result = await options.extractArticle(text, articleOptions);
      } catch (err) {
        throw new HttpError(422, `articles: extraction failed (${(err as Error).message})`);
      }
      const warnings = (result.document.warnings ?? []).map((w) => w.replace(/^extract: /, ''));
      const run = async () => {
        const diff = await options.store.planImport([result]);
        if (req.query.dryRun) return { dryRun: true, document: result.document, diff, warnings };
        const summary = await options.store.importDocuments([result]);
        return { dryRun: false, document: result.document, diff, summary, warnings };
      };
      const job = queue.then(run, run);
      queue = job.catch(() => undefined);
      return job;
    },
  );
}
