// runUserQuery(): the user's Cypher in a read transaction (a write one only when asked; a read one refuses
// file and URL access before sending), with a transaction timeout and a row cap; values come back as
// plain JSON plus the entity/edge ids seen.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { toPlain, type IdSink } from './neo4j-values.js';
import { checkReadOnlyCypher } from './read-only-cypher.js';
import { DEFAULT_QUERY } from './neo4j-options.js';
import type { QueryOptions, QueryResult } from './types.js';

export async function runUserQuery(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown>,
  options: QueryOptions,
): Promise<QueryResult> {
  if (!options.write) checkReadOnlyCypher(cypher);
  const maxRows = options.maxRows ?? DEFAULT_QUERY.maxRows;
  const timeout = options.timeoutMs ?? DEFAULT_QUERY.timeoutMs;
  const session = driver.session({ database, defaultAccessMode: options.write ? 'WRITE' : 'READ' });
  try {
    const work = async (tx: ManagedTransaction): Promise<QueryResult> => {
      const ids: IdSink = { nodeIds: new Set(), edgeIds: new Set() };
      const result = tx.run(cypher, params);
      const rows: unknown[][] = [];
      let columns: string[] = [];
      let truncated = false;
      for await (const record of result) {
        columns = record.keys as string[];
        if (rows.length >= maxRows) {
          truncated = true;
          break;
        }
        rows.push(record.keys.map((k) => toPlain(record.get(k), ids)));
      }
      if (!columns.length) columns = ((await result.keys()) as string[]) ?? [];
      return { columns, rows, nodeIds: [...ids.nodeIds], edgeIds: [...ids.edgeIds], truncated };
    };
    return options.write ? await session.executeWrite(work, { timeout }) : await session.executeRead(work, { timeout });
  } finally {
    await session.close();
  }
}
