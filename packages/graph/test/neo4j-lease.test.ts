// The lease that lets one process at a time migrate a store, on the real Neo4j: holders never overlap, a waiter
// skips a job another finished, a live holder is waited for and a stale one taken over. Each test has a lease
// id of its own, so other files' opens (which take the 'migrations' lease) are never in the way.
import type { Driver } from 'neo4j-driver';
import { ensureSchema } from '../src/neo4j-schema.js';
import { withLease, type LeaseTiming } from '../src/neo4j-lease.js';
import { testDriver, uniqueTag } from '../../../test/neo4j-env.js';

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await ensureSchema(driver, 'neo4j');
});
afterAll(() => driver.close());

const FAST: LeaseTiming = { renewMs: 100, staleMs: 2_000, pollMs: 50 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const q = (cypher: string, params = {}) => driver.executeQuery(cypher, params, { database: 'neo4j' });
/** Runs `job` under lease `id` as a process would whose job is never done before it runs. */
const always = (id: string, job: () => Promise<void>) => withLease(driver, 'neo4j', id, async () => false, job, FAST);

test('of four processes asking at once, one runs the job and the others find it done', async () => {
  const id = uniqueTag('lease-once');
  let running = 0;
  let most = 0;
  let runs = 0;
  const job = async () => {
    most = Math.max(most, ++running);
    await sleep(300);
    runs++;
    running--;
  };
  await Promise.all([0, 1, 2, 3].map(() => withLease(driver, 'neo4j', id, async () => runs > 0, job, FAST)));
  expect({ most, runs }).toEqual({ most: 1, runs: 1 });
  const left = await q('MATCH (l:Lease {id: $id}) RETURN count(l) AS n', { id });
  expect(Number(left.records[0].get('n'))).toBe(0);
});

test('jobs that are never done run one after another, never together', async () => {
  const id = uniqueTag('lease-turns');
  let running = 0;
  let most = 0;
  const job = async () => {
    most = Math.max(most, ++running);
    await sleep(100);
    running--;
  };
  await Promise.all([0, 1, 2].map(() => always(id, job)));
  expect(most).toBe(1);
});

test('a live holder is waited for; a holder that stopped renewing is taken over', async () => {
  const id = uniqueTag('lease-stale');
  await q('CREATE (:Lease {id: $id, holder: "another process", at: timestamp()})', { id });
  let ran = false;
  const waiting = always(id, async () => void (ran = true));
  await sleep(800);
  expect(ran).toBe(false);
  // Never renewed: after staleMs the lease is the waiter's.
  await waiting;
  expect(ran).toBe(true);
});

test('a job that fails lets go of the lease, so the next process can run it', async () => {
  const id = uniqueTag('lease-fail');
  const failing = always(id, async () => Promise.reject(new Error('boom')));
  await expect(failing).rejects.toThrow('boom');
  let ran = false;
  await always(id, async () => void (ran = true));
  expect(ran).toBe(true);
});
