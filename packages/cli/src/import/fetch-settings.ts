// How `kg import` fetches over HTTP: DEFAULT_FETCH and resolveFetch() (from the --timeout, --max-bytes
// and --max-redirects flags). Bounded so one slow, huge or looping server cannot hold an import.
import { CliError, EXIT } from '../cli-error.js';

export interface FetchSettings {
  /** Whole request, redirects and body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Pages fetched at once (a feed's items). */
  concurrency: number;
  userAgent: string;
}

export const DEFAULT_FETCH: Readonly<FetchSettings> = Object.freeze({
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  concurrency: 4,
  userAgent: 'kg-news-import/0.1 (offline knowledge-graph builder)',
});

const BOUNDS: Record<Exclude<keyof FetchSettings, 'userAgent'>, [number, number]> = {
  timeoutMs: [100, 600_000],
  maxBytes: [1024, 1024 * 1024 * 1024],
  maxRedirects: [0, 20],
  concurrency: [1, 32],
};

export function resolveFetch(partial: Partial<FetchSettings> = {}): FetchSettings {
  const out: FetchSettings = { ...DEFAULT_FETCH, ...partial };
  for (const [key, [min, max]] of Object.entries(BOUNDS) as Array<[keyof typeof BOUNDS, [number, number]]>) {
    const v = out[key];
    if (!Number.isInteger(v) || v < min || v > max)
      throw new CliError(`resolveFetch: expected ${key} to be an integer from ${min} to ${max}, got ${v}`, EXIT.usage);
  }
  return out;
}
