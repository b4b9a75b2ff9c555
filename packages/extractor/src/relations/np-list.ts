// Coordinated noun phrases as one argument ("A, B, and C"), stopping where a coordinated phrase is the
// subject of a new clause instead, or where a comma before the "and" of two phrases says the second is no
// item of the list.
import type { Chunk } from './chunks.js';

/** Words for all of a kind, after which "but" means "except". */
const EVERYONE = new Set(['everyone', 'everybody', 'everything', 'all', 'anyone', 'anybody', 'anything']);

/** Whether the coordinated phrases from chunk k ("both A and B") are followed by their own verb. */
function clauseSubjectAhead(ch: Chunk[], k: number): boolean {
  while (ch[k] && (ch[k].kind === 'NP' || ch[k].kind === 'CONJ') && !ch[k].breakAfter) k++;
  return ch[k]?.kind === 'VG' && !!ch[k].finite;
}

/** Coordinated noun phrases from chunk i: "A, B, and C" or "A and B"; a coordinated phrase that starts a
 * new clause ("won in the Senate and both Lopez and Hart claimed victory") is no object. */
export function npList(ch: Chunk[], i: number): { nps: Chunk[]; end: number } {
  const nps = [ch[i]];
  let end = i;
  let k = i + 1;
  const pending: Chunk[] = [];
  while (k < ch.length) {
    // "organised by the Sami Council, which represents the Sami people, and Green Future": a comma before the
    // "and" of a list of two closes the phrase; "A, B, and C" lists.
    const twoWithComma = nps.length === 1 && !pending.length && ch[k - 1].breakAfter;
    if (
      ch[k].kind === 'CONJ' &&
      !twoWithComma &&
      // "met everyone but Ann Cole": after "everyone", "all", "but" excepts; it lists nothing.
      !(ch[k].headWord === 'but' && EVERYONE.has(ch[k - 1].headWord)) &&
      ch[k + 1]?.kind === 'NP' &&
      ch[k + 2]?.kind !== 'VG' &&
      !clauseSubjectAhead(ch, k + 1)
    ) {
      nps.push(...pending, ch[k + 1]);
      pending.length = 0;
      end = k + 1;
      k += 2;
      if (ch[end].breakAfter) break;
      continue;
    }
    if (ch[k - 1].breakAfter && ch[k].kind === 'NP' && ch[k + 1]?.kind !== 'VG') {
      pending.push(ch[k]);
      k++;
      continue;
    }
    break;
  }
  return { nps, end };
}
