// The extractor's worker threads, kept between extractBatch() calls: starting a worker costs a
// compromise load and a cold JIT (seconds of CPU), which an import paying per batch would repeat every
// 32 articles. Idle workers are unref'd, so they never keep a process alive.
import { Worker } from 'node:worker_threads';

const idle: Worker[] = [];
const workerUrl = new URL('./batch-worker.js', import.meta.url);

function spawn(): Worker {
  // compromise allocates many short-lived objects: a larger young generation means fewer scavenges,
  // which on two workers also means less contention for the cores (measured: 2-thread speed-up 1.45 → 1.6).
  const w = new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: 96 } });
  // A worker that dies while idle just leaves the pool; one that dies mid-job is reported by the job.
  const drop = () => {
    const i = idle.indexOf(w);
    if (i >= 0) idle.splice(i, 1);
  };
  w.on('error', drop).on('exit', drop);
  return w;
}

/** Takes `n` workers out of the pool (starting new ones as needed); give them back with releaseWorkers. */
export function acquireWorkers(n: number): Worker[] {
  const out = idle.splice(0, n);
  while (out.length < n) out.push(spawn());
  for (const w of out) w.ref();
  return out;
}

/** Returns healthy workers to the pool; `broken` ones (errored, or mid-job) are terminated instead. */
export async function releaseWorkers(workers: Worker[], broken: Set<Worker> = new Set()): Promise<void> {
  const dead: Promise<number>[] = [];
  for (const w of workers) {
    if (broken.has(w)) dead.push(w.terminate());
    else {
      w.unref();
      idle.push(w);
    }
  }
  await Promise.all(dead);
}

/** Stops every idle worker (tests, or a host that wants its threads back now). */
export async function closeWorkerPool(): Promise<void> {
  await Promise.all(idle.splice(0).map((w) => w.terminate()));
}
