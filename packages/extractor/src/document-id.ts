// Content-derived document ids, so re-importing the same text addresses the same document.
import { createHash } from 'node:crypto';

export function documentId(text: string): string {
  return 'doc-' + createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
