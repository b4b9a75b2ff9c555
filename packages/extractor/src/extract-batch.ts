// extractBatch(): many texts over a small pool of worker threads (node:worker_threads), results in
// input order. Each worker loads the built extractor (dist/batch-worker.js) and parses independently;
// workers stay in a pool between calls (worker-pool.ts).
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { ExtractOptionsError } from './errors.js';
import { extract } from './extract.js';
import type { ExtractOptions, ExtractionResult } from './types.js';
import { acquireWorkers, releaseWorkers } from './worker-pool.js';

export interface BatchItem {
  text: string;
  options?: ExtractOptions;
}

export interface BatchOptions {
  /** Worker threads; 0 runs in the calling thread. Default: available cores, at most 4. */
  threads?: number;
  /** Called after each finished text (for progress bars). */
  onProgress?: (done: number, total: number) => void;
  /** Abandons the batch: it rejects with the signal's reason and workers still parsing are stopped. */
  signal?: AbortSignal;
}

/** Texts a worker holds at once: the one it parses and the next, already in its message queue. */
const IN_FLIGHT = 2;

export const DEFAULT_BATCH_THREADS = Math.max(1, Math.min(4, availableParallelism()));

export function resolveBatchOptions(
  options: BatchOptions = {},
): Required<Pick<BatchOptions, 'threads'>> & BatchOptions {
  const threads = options.threads ?? DEFAULT_BATCH_THREADS;
  if (!Number.isInteger(threads) || threads < 0 || threads > 64) {
    throw new ExtractOptionsError(
      `extractBatch: expected options.threads to be an integer from 0 to 64, got ${String(options.threads)}`,
    );
  }
  return { ...options, threads };
}

export async function extractBatch(
  items: Array<string | BatchItem>,
  options: BatchOptions = {},
): Promise<ExtractionResult[]> {
  const { threads, onProgress, signal } = resolveBatchOptions(options);
  signal?.throwIfAborted();
  const jobs = items.map((it, index) =>
    typeof it === 'string' ? { index, text: it } : { index, text: it.text, options: it.options },
  );
  const results: ExtractionResult[] = new Array(jobs.length);
  if (threads === 0 || jobs.length === 0) {
    jobs.forEach((j, k) => {
      results[j.index] = extract(j.text, j.options);
      onProgress?.(k + 1, jobs.length);
    });
    return results;
  }
  let next = 0;
  let done = 0;
  const pool = acquireWorkers(Math.min(threads, jobs.length));
  const broken = new Set<Worker>();
  const detach: Array<() => void> = [];
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            // Texts sent and not yet answered. A worker holds up to IN_FLIGHT of them, so it starts its next
            // text as soon as it posts a result, not when this thread (busy loading a store) next reads it.
            let busy = 0;
            const send = () => {
              while (busy < IN_FLIGHT && next < jobs.length) {
                busy++;
                worker.postMessage(jobs[next++]);
              }
              if (busy === 0) resolve();
            };
            const onMessage = (msg: { index: number; result?: ExtractionResult; error?: string }) => {
              busy--;
              if (msg.error !== undefined) return reject(new ExtractOptionsError(msg.error));
              results[msg.index] = msg.result!;
              onProgress?.(++done, jobs.length);
              send();
            };
            const onError = (err: Error) => {
              broken.add(worker);
              reject(err);
            };
            const onExit = (code: number) => {
              broken.add(worker);
              reject(new Error(`extractBatch: a worker thread exited (code ${code}) before finishing its text`));
            };
            // A worker cannot be interrupted mid-text: on abort the busy one is marked broken (terminated below).
            const onAbort = () => reject(signal!.reason);
            worker.on('message', onMessage).on('error', onError).on('exit', onExit);
            signal?.addEventListener('abort', onAbort, { once: true });
            detach.push(() => {
              worker.off('message', onMessage).off('error', onError).off('exit', onExit);
              signal?.removeEventListener('abort', onAbort);
              // Still holding a job when the batch failed elsewhere: its late answer must not reach the next batch.
              if (busy > 0) broken.add(worker);
            });
            send();
          }),
      ),
    );
  } finally {
    for (const d of detach) d();
    await releaseWorkers(pool, broken);
  }
  return results;
}
