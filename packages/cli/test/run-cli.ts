// Test helper: run the `kg` program in-process, capturing stdout/stderr and the exit code.
import { openEmbeddedStore, type DocRows } from '@kg/graph';
import { run } from '../src/program.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  let stdout = '';
  let stderr = '';
  const realOut = process.stdout.write;
  const realErr = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => (
    (stdout += String(chunk)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (
    (stderr += String(chunk)),
    true
  )) as typeof process.stderr.write;
  try {
    const code = await run(['node', 'kg', ...args]);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = realOut;
    process.stderr.write = realErr;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** The embedded store's documents (rows, in import order), read through the store as a reader would. */
export async function storedRows(kgDir: string): Promise<DocRows[]> {
  const store = await openEmbeddedStore({ dir: kgDir });
  try {
    return await store.documents();
  } finally {
    await store.close();
  }
}
