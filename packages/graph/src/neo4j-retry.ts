// Transactions that lost a race with another process's delete are run again. Neo4j finds a node through an
// index before it locks it; when another transaction deletes that node in between (a `kg delete` removing an
// entity no other document mentions while an import MERGEs the same entity), the statement fails with
// EntityNotFound ("Unable to load NODE …"), a client error the driver does not retry. The transaction was rolled
// back whole, so running it again is safe, and it then sees the store as the delete left it.
export const ENTITY_NOT_FOUND = 'Neo.ClientError.Statement.EntityNotFound';

/** Attempts in all, the first included; a race lost this many times in a row is reported, not hidden. */
const ATTEMPTS = 5;

/** Is `err` Neo4j's report that a node or relationship the statement reached was deleted under it? */
export function isConcurrentDelete(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === ENTITY_NOT_FOUND;
}

/** Runs `work` (a whole transaction) and runs it again, up to ATTEMPTS times, while it loses such a race. */
export async function retryConcurrentDelete<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= ATTEMPTS || !isConcurrentDelete(err)) throw err;
      // A short, growing pause: the deleting transaction is committing while we wait.
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}
