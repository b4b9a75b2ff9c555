// Which stored documents one request lists. At 10k articles the summaries of every document are megabytes,
// so the viewer asks for a page (optionally narrowed by a title, id or source substring) instead of
// receiving them all with the graph; both stores answer with an indexed count and a LIMIT/SKIP query.
import type { DocumentQuery } from './types.js';

export const DEFAULT_DOCUMENT_QUERY: Required<DocumentQuery> = { q: '', limit: 100, offset: 0 };

/** The largest page a caller may ask for. */
export const MAX_DOCUMENT_PAGE = 100_000;

export function resolveDocumentQuery(partial: DocumentQuery = {}): Required<DocumentQuery> {
  const q = {
    ...DEFAULT_DOCUMENT_QUERY,
    ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)),
  };
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > MAX_DOCUMENT_PAGE)
    throw new RangeError(
      `resolveDocumentQuery: expected limit to be an integer from 1 to ${MAX_DOCUMENT_PAGE}, got ${q.limit}`,
    );
  if (!Number.isInteger(q.offset) || q.offset < 0)
    throw new RangeError(`resolveDocumentQuery: expected offset to be a non-negative integer, got ${q.offset}`);
  if (typeof q.q !== 'string')
    throw new RangeError(`resolveDocumentQuery: expected q to be a string, got ${typeof q.q}`);
  return { ...q, q: q.q.trim().toLowerCase() };
}
