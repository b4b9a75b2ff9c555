// The country a demonym stands for in this article ("German" → Germany), when the article names it: a
// nationality adjective only links to a country node the graph has. A compass word before it is part of
// it ("South Sudanese" → South Sudan, never Sudan).
import { entityId } from '../entity-id.js';
import { DEMONYMS } from '../entities/lexicon/demonyms.js';
import type { SentenceView } from './sentence-view.js';

const COMPASS = new Set(['north', 'south', 'east', 'west']);

/** The country named by the demonym at token `k` of the view. */
export function demonymBody(view: SentenceView, k: number): string | undefined {
  const country = DEMONYMS.get(view.toks[k]?.normal ?? '');
  if (!country) return undefined;
  const before = view.toks[k - 1]?.normal ?? '';
  const name = COMPASS.has(before) ? `${before[0].toUpperCase()}${before.slice(1)} ${country}` : country;
  const id = entityId(name, 'Place');
  return view.types.has(id) ? id : undefined;
}
