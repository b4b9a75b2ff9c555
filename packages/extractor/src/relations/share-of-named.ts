// "bought a majority stake in Beta Ltd", "sold its shares in Acme Corp": a share of a named body is no thing of its
// own to acquire or sell; the verb's edge goes to the body, read from the "in"/"of" phrase after the share.
import type { Chunk } from './chunks.js';
import type { PrepObject } from './objects-of.js';
import { npEntity } from './np-entity.js';
import type { SentenceView } from './sentence-view.js';

const SHARE_NOUNS = new Set('stake stakes share shares holding holdings interest majority minority portion'.split(' '));

/** Noun phrase `np` is a share whose named body the phrase `pp` right after it gives. */
export function shareOfNamed(view: SentenceView, np: Chunk, pp: PrepObject | undefined): boolean {
  if (!pp || !SHARE_NOUNS.has(np.headWord) || pp.prep.from !== np.to + 1 || np.breakAfter) return false;
  if (!['in', 'of'].includes(view.toks[pp.prep.from].normal)) return false;
  return pp.nps.some((x) => {
    const id = npEntity(x);
    return !!id && view.types.get(id) !== 'Concept';
  });
}
