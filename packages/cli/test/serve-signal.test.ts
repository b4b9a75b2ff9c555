// `kg serve` stopped by Ctrl+C (SIGINT) or a service manager (SIGTERM) closes the viewer and the store
// and exits 0, so a script runner sees a normal end and the store stays readable.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storedRows } from './run-cli.js';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin.js');

test.each(['SIGINT', 'SIGTERM'] as const)(
  'kg serve stopped by %s exits 0',
  async (signal) => {
    if (!existsSync(bin)) throw new Error(`serve-signal: expected ${bin}; run \`pnpm -s build\` first`);
    const kgDir = mkdtempSync(path.join(os.tmpdir(), 'kg-serve-signal-'));
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
      env: { ...process.env, NEO4J_URI: '', KG_DIR: kgDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += String(d);
        if (out.includes('Ctrl+C to stop')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`kg serve exited early (${code}): ${err}`)));
    });
    const exited = new Promise<{ code: number | null; sig: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, sig) => resolve({ code, sig })),
    );
    child.kill(signal);
    expect(await exited).toEqual({ code: 0, sig: null });
    expect(err).toBe('');
    expect(await storedRows(kgDir)).toEqual([]);
  },
  60_000,
);
