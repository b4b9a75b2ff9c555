// POST /api/articles: extract an article and import it (or, with ?dryRun=true, only plan the import).
import type { FastifyInstance } from 'fastify';
import type { ExtractOptions, ExtractionResult } from '@kg/extractor';
import type { ViewerServerOptions } from '../viewer-options.js';
import type { ViewerSettings } from '../viewer-settings.js';
import { readArticleRequest } from '../read-article-request.js';
import { HttpError } from '../viewer-errors.js';

export function registerArticlesRoute(
  app: FastifyInstance,
  options: ViewerServerOptions,
  settings: ViewerSettings,
  onImported: () => void,
): void {
  // Imports run one at a time so two uploads never interleave their writes.
  let queue: Promise<unknown> = Promise.resolve();
  let extracting = 0;

  /** The extraction, bounded in time and in how many run at once; the event loop stays free meanwhile. */
  async function extractBounded(text: string, articleOptions: ExtractOptions): Promise<ExtractionResult> {
    if (extracting >= settings.maxExtractions)
      throw new HttpError(
        503,
        `articles: the server is already extracting ${extracting} article(s); try again when they are done`,
      );
    extracting++;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), settings.extractTimeoutMs);
    try {
      return await options.extractArticle(text, articleOptions, abort.signal);
    } catch (err) {
      if (abort.signal.aborted)
        throw new HttpError(
          503,
          `articles: extraction took longer than ${settings.extractTimeoutMs / 1000} s and was stopped; nothing was imported`,
        );
      throw new HttpError(422, `articles: extraction failed (${(err as Error).message})`);
    } finally {
      clearTimeout(timer);
      extracting--;
    }
  }

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
      const result = await extractBounded(text, articleOptions);
      const warnings = (result.document.warnings ?? []).map((w) => w.replace(/^extract: /, ''));
      const run = async () => {
        const diff = await options.store.planImport([result]);
        if (req.query.dryRun) return { dryRun: true, document: result.document, diff, warnings };
        const summary = await options.store.importDocuments([result]);
        const { source, title, id } = result.document;
        const importRun = await options.store.recordImportRun(`api: ${source ?? title ?? id}`, summary);
        onImported();
        return { dryRun: false, document: result.document, diff, summary, run: importRun.id, warnings };
      };
      const job = queue.then(run, run);
      queue = job.catch(() => undefined);
      return job;
    },
  );
}
