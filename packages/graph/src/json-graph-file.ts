// The embedded store's former format, one JSON file (`graph.json` = { format, version, documents }):
// read only to migrate it into SQLite (`kg migrate --from-json`, and on the first open of an old store).
import { readFile } from 'node:fs/promises';
import type { DocRows } from './doc-rows.js';
import { StoreFormatError } from './errors.js';

export const JSON_GRAPH_FORMAT = 'kg-embedded-graph';
export const JSON_GRAPH_VERSION = 1;

/** The documents of a graph.json file; a damaged file, another format or version is a StoreFormatError. */
export async function readJsonGraphFile(file: string): Promise<DocRows[]> {
  let body: { format?: unknown; version?: unknown; documents?: unknown };
  try {
    body = JSON.parse(await readFile(file, 'utf8')) as typeof body;
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'to exist' : 'to be JSON (the file is damaged)';
    throw new StoreFormatError(`readJsonGraphFile: expected ${file} ${why}`);
  }
  if (!body || body.format !== JSON_GRAPH_FORMAT || !Array.isArray(body.documents)) {
    throw new StoreFormatError(`readJsonGraphFile: expected ${file} to be a ${JSON_GRAPH_FORMAT} file`);
  }
  if (body.version !== JSON_GRAPH_VERSION) {
    throw new StoreFormatError(
      `readJsonGraphFile: expected ${file} format version ${JSON_GRAPH_VERSION}, found ${String(body.version)}`,
    );
  }
  return body.documents as DocRows[];
}
