// Where the Vite build of the page lives: dist/web next to this package's compiled server.
import { fileURLToPath } from 'node:url';

export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../dist/web', import.meta.url));
}
