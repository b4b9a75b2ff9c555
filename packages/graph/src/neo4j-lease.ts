// One process at a time does a store-wide job that runs in many transactions: bringing an old store up to date.
// Two processes opening the same old store at once would each rename and merge the same rows, each in its own
// transactions (a sentence's mention link renamed by both is two links). A (:Lease {id}) node, made by MERGE on
// a unique id, names its holder; the others wait until the job is done, and take over a lease whose holder
// stopped renewing it (a process killed half-way: every step of the job is safe to run again).
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface LeaseTiming {
  /** How often the holder renews the lease, in ms. */
  renewMs: number;
  /** A lease not renewed for this long is taken over, in ms. */
  staleMs: number;
  /** How often a waiting process looks again, in ms. */
  pollMs: number;
}

export const DEFAULT_LEASE: LeaseTiming = { renewMs: 5_000, staleMs: 60_000, pollMs: 200 };

/**
 * Takes the lease `id` unless another live holder has it. `SET l._lock` write-locks the node before its holder
 * and time are read, so two processes taking over the same stale lease see each other's write, and one wins.
 */
const TAKE = `MERGE (l:Lease {id: $id}) ON CREATE SET l.holder = $me, l.at = timestamp()
  SET l._lock = true
  WITH l, l.holder = $me OR l.at < timestamp() - $staleMs AS mine
  SET l.holder = CASE WHEN mine THEN $me ELSE l.holder END, l.at = CASE WHEN mine THEN timestamp() ELSE l.at END
  REMOVE l._lock
  RETURN mine`;

/**
 * Runs `job` holding the lease `id` unless `done()` says it is no longer needed, which is asked again after
 * every wait and once the lease is held (the previous holder may have just finished it).
 */
export async function withLease(
  driver: Driver,
  database: string,
  id: string,
  done: () => Promise<boolean>,
  job: () => Promise<void>,
  timing: LeaseTiming = DEFAULT_LEASE,
): Promise<void> {
  const me = randomUUID();
  const run = (cypher: string) => driver.executeQuery(cypher, { id, me, staleMs: timing.staleMs }, { database });
  for (;;) {
    if (await done()) return;
    const { records } = await run(TAKE);
    if (records[0]?.get('mine') === true) break;
    await new Promise((resolve) => setTimeout(resolve, timing.pollMs));
  }
  const renew = setInterval(() => {
    run(`MATCH (l:Lease {id: $id, holder: $me}) SET l.at = timestamp()`).catch(() => undefined);
  }, timing.renewMs);
  renew.unref();
  try {
    if (!(await done())) await job();
  } finally {
    clearInterval(renew);
    await run(`MATCH (l:Lease {id: $id, holder: $me}) DELETE l`);
  }
}
