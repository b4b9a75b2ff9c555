// E2E helper: run the built `kg serve` CLI in a child process and wait for the URL it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const KG_BIN = path.join(REPO, 'packages/cli/dist/bin.js');
export const WEB_INDEX = path.join(REPO, 'packages/viewer/dist/web/index.html');
export const SEED = path.join(REPO, 'seeds/000_a276edb3dc268999.txt');

export interface Served {
  url: string;
  proc: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Why the e2e tests cannot run here, or null when they can. */
export function builtCliMissing(): string | null {
  if (!existsSync(KG_BIN)) return `${KG_BIN} is missing (run pnpm -s build)`;
  if (!existsSync(WEB_INDEX)) return `${WEB_INDEX} is missing (run pnpm -s build)`;
  return null;
}

/**
 * Starts `kg serve` in `cwd`. Without --neo4j it must use the embedded store, so NEO4J_URI is withheld.
 * A server bound to every interface is reached on 127.0.0.1.
 */
export function startServe(args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<Served> {
  const env = { ...process.env, ...extraEnv };
  delete env.KG_DIR;
  if (!args.includes('--neo4j')) delete env.NEO4J_URI;
  const proc = spawn(process.execPath, [KG_BIN, 'serve', '--port', '0', ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kg serve did not print a URL within 60 s:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/(127\.0\.0\.1|0\.0\.0\.0)(:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1${m[2]}`, proc, output: () => out, stop });
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kg serve exited with ${code}:\n${out}`));
    });
  });
}

/** Imports an article through the running server's API, the way the page does. */
export async function importArticle(
  url: string,
  text: string,
  title: string,
  date?: string,
): Promise<{ summary: { entitiesAdded: number } }> {
  const res = await fetch(`${url}api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, title, ...(date ? { date } : {}) }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`import of "${title}" failed: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** A suite's teardown: the browser, then the server, then its temporary project folder. */
export async function tearDown(
  browser: { close(): Promise<void> } | undefined,
  served: Served | undefined,
  dir: string | undefined,
): Promise<void> {
  await browser?.close();
  await served?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
