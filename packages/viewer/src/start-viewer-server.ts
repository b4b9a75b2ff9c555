// Starts the viewer server on host:port (port 0 = a free one) and reports the URL it listens on, then
// asks itself for the overview the page opens on, so the first visitor finds it computed (the store's
// first snapshot of a process is its slowest: 17 s on Neo4j at 1,173 articles).
import type { FastifyInstance } from 'fastify';
import { createViewerServer } from './create-viewer-server.js';
import type { ViewerServerOptions } from './viewer-options.js';
import { resolveViewerSettings } from './viewer-settings.js';
import { OVERVIEW_QUERY } from './select-overview.js';

export interface RunningViewer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startViewerServer(options: ViewerServerOptions): Promise<RunningViewer> {
  const settings = resolveViewerSettings(options.settings);
  const app = await createViewerServer(options);
  await app.listen({ host: settings.host, port: settings.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : settings.port;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  const url = `http://${host}:${port}/`;
  const auth: Record<string, string> = settings.token ? { authorization: `Bearer ${settings.token}` } : {};
  // Not awaited: the server answers meanwhile, and a page's first request shares this computation. Closing
  // drops it (closing waits for open requests).
  const warm = new AbortController();
  void fetch(`${url}api/graph?${OVERVIEW_QUERY}`, { headers: auth, signal: warm.signal })
    .then((res) => res.arrayBuffer())
    .catch(() => undefined);
  return { app, url, close: () => (warm.abort(), app.close()) };
}
