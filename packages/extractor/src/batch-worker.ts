// Worker side of extractBatch(): extracts each text it is sent and posts the result back.
import { parentPort } from 'node:worker_threads';
import { extract } from './extract.js';
import type { ExtractOptions } from './types.js';

parentPort?.on('message', (job: { index: number; text: string; options?: ExtractOptions }) => {
  try {
    parentPort!.postMessage({ index: job.index, result: extract(job.text, job.options ?? {}) });
  } catch (err) {
    parentPort!.postMessage({ index: job.index, error: err instanceof Error ? err.message : String(err) });
  }
});
