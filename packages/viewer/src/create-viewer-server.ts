// Builds the Fastify app: JSON API under /api over a GraphStore, and the built page at /.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import { existsSync } from 'node:fs';
import type { ViewerServerOptions } from './viewer-options.js';
import { resolveViewerSettings } from './viewer-settings.js';
import { requireAccessToken } from './access-token.js';
import { validatorCompiler } from './validator-compiler.js';
import { viewCache } from './view-cache.js';
import type { GraphSnapshot } from '@kg/graph';
import { registerGraphRoutes } from './routes/graph-routes.js';
import { registerQueryRoute } from './routes/query-route.js';
import { registerArticlesRoute } from './routes/articles-route.js';
import { registerExportRoute } from './routes/export-route.js';
import { registerPathRoute } from './routes/path-route.js';
import { registerCommunitiesRoute } from './routes/communities-route.js';
import { registerDoctorRoute } from './routes/doctor-route.js';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export async function createViewerServer(options: ViewerServerOptions): Promise<FastifyInstance> {
  const settings = resolveViewerSettings(options.settings);
  // Unknown fields are refused, not silently dropped: a typo in a filter should say so.
  const app = Fastify({ bodyLimit: settings.bodyLimit, logger: options.logger ?? false });
  app.setValidatorCompiler(validatorCompiler);

  app.setErrorHandler((err: FastifyError, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : err.validation ? 400 : 500;
    const message = status === 413 ? `request body too large (limit ${settings.bodyLimit} bytes)` : err.message;
    if (status >= 500) app.log.error(err);
    void reply.status(status).type('application/json').send({ error: message });
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send({ error: `no route ${req.method} ${req.url.split('?')[0]}` });
  });

  // Defence in depth behind textContent-only rendering: no inline or foreign scripts can run in the page.
  // The ForceAtlas2 supervisor starts its worker from a blob: URL.
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });
  if (settings.token) requireAccessToken(app, settings.token);
  await app.register(fastifyMultipart, {
    limits: { fileSize: settings.bodyLimit, files: 1, fields: 10 },
    throwFileSizeLimit: true,
  });
  // While the store's content is unchanged, the filtered snapshots (a few: each copies the whole graph) and
  // the /api/graph answers (up to ~64 MB of JSON) are kept; an import through this server starts afresh.
  const snapshots = viewCache<GraphSnapshot>(options.store, { entries: 4 });
  const views = viewCache<string>(options.store, { entries: 64, weight: 64 * 2 ** 20, weigh: (json) => json.length });
  registerGraphRoutes(app, options.store, settings, { snapshots, views });
  registerQueryRoute(app, options, settings);
  registerArticlesRoute(app, options, settings, () => (snapshots.forget(), views.forget()));
  registerExportRoute(app, options);
  registerPathRoute(app, options.store, snapshots);
  registerCommunitiesRoute(app, options.store, snapshots);
  registerDoctorRoute(app, options);

  if (options.webRoot && existsSync(options.webRoot)) {
    // Loaded only when serving the page (its dependency tree is ESM-only in places; API-only users skip it).
    const { default: fastifyStatic } = await import('@fastify/static');
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', index: 'index.html' });
  }
  return app;
}
