// fetchUrl(): one http(s) resource's bytes, within the fetch settings: one deadline for the whole
// request, redirects followed by hand up to a bound (each hop checked to stay http(s)), the body read
// up to the size limit; optionally conditional (If-None-Match / If-Modified-Since, a 304 returned as
// notModified). Every failure is a FetchError whose one-line message names the URL.
import type { FetchSettings } from './fetch-settings.js';

export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  bytes: Uint8Array;
  /** The Content-Type's media type, lower case ("" when the server sent none). */
  mediaType: string;
  /** The response's validators, for the next conditional request. */
  etag?: string;
  lastModified?: string;
  /** A conditional request was answered 304: nothing changed, `bytes` is empty. */
  notModified?: boolean;
}

/** Validators of an earlier answer: the request then asks only for a changed resource. */
export interface Conditional {
  etag?: string;
  lastModified?: string;
}

const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`);

export function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

export async function fetchUrl(url: string, settings: FetchSettings, conditional: Conditional = {}): Promise<Fetched> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), settings.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let res: Response;
      try {
        res = await fetch(current, {
          redirect: 'manual',
          signal: abort.signal,
          headers: {
            'user-agent': settings.userAgent,
            accept:
              'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8',
            ...(conditional.etag ? { 'if-none-match': conditional.etag } : {}),
            ...(conditional.lastModified ? { 'if-modified-since': conditional.lastModified } : {}),
          },
        });
      } catch (err) {
        throw failure(url, err, abort.signal.aborted, settings);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
        await res.body?.cancel();
        if (hop >= settings.maxRedirects) throw new FetchError(`${url}: more than ${settings.maxRedirects} redirects`);
        const next = new URL(res.headers.get('location')!, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          throw new FetchError(`${url}: redirected to a non-http address (${next.protocol})`);
        current = next.toString();
        continue;
      }
      const validators = {
        ...(res.headers.get('etag') ? { etag: res.headers.get('etag')! } : {}),
        ...(res.headers.get('last-modified') ? { lastModified: res.headers.get('last-modified')! } : {}),
      };
      if (res.status === 304) {
        await res.body?.cancel();
        return { url: current, bytes: new Uint8Array(), mediaType: '', notModified: true, ...validators };
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new FetchError(`${url}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > settings.maxBytes) {
        await res.body?.cancel();
        throw new FetchError(`${url}: ${kb(declared)} is over the size limit (${kb(settings.maxBytes)})`);
      }
      const bytes = await readBody(url, res, settings, abort.signal);
      return {
        url: current,
        bytes,
        mediaType: (res.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase(),
        ...validators,
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

async function readBody(url: string, res: Response, settings: FetchSettings, signal: AbortSignal): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > settings.maxBytes) {
        await reader.cancel();
        throw new FetchError(`${url}: more than ${kb(settings.maxBytes)} (the size limit)`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    throw failure(url, err, signal.aborted, settings);
  }
  return Buffer.concat(chunks);
}

function failure(url: string, err: unknown, timedOut: boolean, settings: FetchSettings): FetchError {
  if (timedOut) return new FetchError(`${url}: no complete answer within ${settings.timeoutMs / 1000} s (timeout)`);
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (err as Error).message;
  return new FetchError(`${url}: cannot fetch (${why})`);
}
