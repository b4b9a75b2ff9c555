// @kg/viewer: the Sigma.js explorer and its HTTP API, served over any GraphStore.
export { createViewerServer } from './create-viewer-server.js';
export { startViewerServer } from './start-viewer-server.js';
export type { RunningViewer } from './start-viewer-server.js';
export { DEFAULT_VIEWER_SETTINGS, MIN_TOKEN_LENGTH, resolveViewerSettings } from './viewer-settings.js';
export { isLoopbackHost } from './access-token.js';
export type { ViewerSettings } from './viewer-settings.js';
export type { ExportFormat, ExportedGraph, ViewerServerOptions } from './viewer-options.js';
export { HttpError, ViewerSettingsError } from './viewer-errors.js';
export { defaultWebRoot } from './default-web-root.js';
