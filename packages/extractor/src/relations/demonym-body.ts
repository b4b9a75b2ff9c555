// The country a demonym stands for in this article ("German" → Germany), when the article names it: a
// nationality adjective only links to a country node the graph has.
import { entityId } from '../entity-id.js';
import { DEMONYMS } from '../entities/lexicon/demonyms.js';
import type { SentenceView } from './sentence-view.js';

export function demonymBody(view: SentenceView, word: string): string | undefined {
  const country = DEMONYMS.get(word);
  const id = country ? entityId(country, 'Place') : undefined;
  return id && view.types.has(id) ? id : undefined;
}
