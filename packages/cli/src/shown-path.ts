// shownPath(): how the CLI names a file — relative to the working directory when it lies inside it,
// else absolute (`/usr/bin/ls`, not `../../../usr/bin/ls`).
import path from 'node:path';

export function shownPath(file: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  if (rel === '') return path.basename(file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(cwd, file) : rel;
}
