// acquireLock(): an exclusive lock file (O_EXCL create holding our pid) so two processes never write
// the embedded store at once. A lock left by a dead process is taken over.
import { open, readFile, unlink } from 'node:fs/promises';
import { StoreLockedError } from './errors.js';

export interface Lock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireLock(path: string, timeoutMs = 10000): Promise<Lock> {
  const started = Date.now();
  for (;;) {
    try {
      const fh = await open(path, 'wx');
      await fh.writeFile(`${process.pid}\n${new Date().toISOString()}\n`);
      await fh.close();
      let released = false;
      return {
        async release() {
          if (released) return;
          released = true;
          await unlink(path).catch(() => undefined);
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = Number((await readFile(path, 'utf8').catch(() => '')).split('\n')[0]);
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
      await unlink(path).catch(() => undefined);
      continue;
    }
    if (Date.now() - started >= timeoutMs) {
      throw new StoreLockedError(
        `acquireLock: expected ${path} to be free, but process ${holder || '?'} holds it (another kg import running?)`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
