// readLocal(): a local input file's bytes, or the one-line CliError (bad input) naming it.
import { readFile } from 'node:fs/promises';
import { CliError, EXIT } from '../cli-error.js';
import { shownPath } from '../shown-path.js';

export async function readLocal(file: string): Promise<Uint8Array> {
  return readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new CliError(
      `${shownPath(file)}: ${err.code === 'ENOENT' ? 'no such file or directory' : `cannot read (${err.code ?? 'error'})`}`,
      EXIT.badInput,
    );
  });
}
