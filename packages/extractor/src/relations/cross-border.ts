// Bodies that name themselves as spanning countries ("Amnesty International", "Doctors Without Borders"): a
// place's such body ("Argentina's Amnesty International") is its branch there, while the node is the whole body.
import type { SentenceView } from './sentence-view.js';

/** Words naming a body that spans countries. */
const CROSS_BORDER = new Set(['international', 'worldwide', 'global', 'borders']);

/** The organisation `id`, whose mention starts at or before token k, names itself as spanning countries. */
export function crossBorder(view: SentenceView, id: string, k: number): boolean {
  while (k > 0 && view.entityAt[k - 1] === id) k--;
  for (; view.entityAt[k] === id; k++) if (CROSS_BORDER.has(view.toks[k].normal.replace(/['’]s?$/, ''))) return true;
  return false;
}
