// Viewer server settings: defaults, resolution from a partial, and validation.
import { isLoopbackHost } from './access-token.js';
import { ViewerSettingsError } from './viewer-errors.js';

export interface ViewerSettings {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Largest accepted request body (JSON or upload), in bytes. */
  bodyLimit: number;
  /** Cypher read transactions are cancelled after this long. */
  queryTimeoutMs: number;
  /** Cypher results are cut after this many rows. */
  queryMaxRows: number;
  /** Upper bound on nodes one /api/graph call may return. */
  maxGraphNodes: number;
  /** An upload's extraction is abandoned (503) after this long. */
  extractTimeoutMs: number;
  /** Uploads extracted at once (each on a worker thread); more are refused with 503 until one ends. */
  maxExtractions: number;
  /** When set, every /api route needs `Authorization: Bearer <token>`; required off loopback. */
  token?: string;
}

/** Shortest access token accepted: long enough that guessing it over HTTP is hopeless. */
export const MIN_TOKEN_LENGTH = 16;

export const DEFAULT_VIEWER_SETTINGS: Readonly<ViewerSettings> = Object.freeze({
  host: '127.0.0.1',
  port: 7700,
  bodyLimit: 2 * 1024 * 1024,
  queryTimeoutMs: 10_000,
  queryMaxRows: 1000,
  maxGraphNodes: 100_000,
  extractTimeoutMs: 60_000,
  maxExtractions: 2,
});

export function resolveViewerSettings(partial: Partial<ViewerSettings> = {}): ViewerSettings {
  const s: ViewerSettings = { ...DEFAULT_VIEWER_SETTINGS };
  for (const [k, v] of Object.entries(partial)) if (v !== undefined) (s as unknown as Record<string, unknown>)[k] = v;
  if (typeof s.host !== 'string' || s.host.trim() === '')
    throw new ViewerSettingsError(`resolveViewerSettings: expected a non-empty host, got "${s.host}"`);
  if (!Number.isInteger(s.port) || s.port < 0 || s.port > 65535)
    throw new ViewerSettingsError(`resolveViewerSettings: expected port to be an integer 0..65535, got ${s.port}`);
  if (s.token !== undefined && (typeof s.token !== 'string' || s.token.length < MIN_TOKEN_LENGTH || /\s/.test(s.token)))
    throw new ViewerSettingsError(
      `resolveViewerSettings: expected the access token to be at least ${MIN_TOKEN_LENGTH} characters without spaces`,
    );
  if (s.token === undefined && !isLoopbackHost(s.host))
    throw new ViewerSettingsError(
      `resolveViewerSettings: host ${s.host} is reachable from other machines; expected an access token (KG_TOKEN) to protect the API`,
    );
  for (const key of [
    'bodyLimit',
    'queryTimeoutMs',
    'queryMaxRows',
    'maxGraphNodes',
    'extractTimeoutMs',
    'maxExtractions',
  ] as const) {
    if (!Number.isInteger(s[key]) || s[key] <= 0)
      throw new ViewerSettingsError(`resolveViewerSettings: expected ${key} to be a positive integer, got ${s[key]}`);
  }
  return s;
}
