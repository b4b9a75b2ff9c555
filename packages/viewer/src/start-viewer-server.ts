// Starts the viewer server on host:port (port 0 = a free one) and reports the URL it listens on.
import type { FastifyInstance } from 'fastify';
import { createViewerServer } from './create-viewer-server.js';
import type { ViewerServerOptions } from './viewer-options.js';
import { resolveViewerSettings } from './viewer-settings.js';

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
  return { app, url: `http://${host}:${port}/`, close: () => app.close() };
}
