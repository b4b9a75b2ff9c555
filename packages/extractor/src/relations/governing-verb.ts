// The verb a clause hangs on: in "Ann Cole thinks Acme will buy Beta" or "asked that the troops withdraw",
// the verb right before the clause's own subject (a "that" between them allowed). Rules read the clause
// alone; what governs it decides whether its act is asserted, believed or only asked for.
import type { Chunk } from './chunks.js';
import { headOfRun } from './head-of-run.js';
import type { SentenceView } from './sentence-view.js';
import { subjectOf } from './subject-of.js';
import { parentheticalEnd } from './comma-aside.js';
import { sentenceTimes } from './time-expressions.js';

export interface ClauseFrame {
  /** The verb group before the clause's subject, if nothing but "that" stands between them. */
  governor?: Chunk;
  /** The adverb right before the clause's subject ("Maybe Acme will …"). */
  opener?: Chunk;
  /** The subordinating word right before the clause's subject ("if Acme buys Beta"). */
  subordinator?: Chunk;
}

/** The chunk before "that" at k + 1, or, when k closes an aside set off by commas after a verb ("alleges,
 * among other things, that"), that verb. */
function asideStart(view: SentenceView, k: number): number {
  const ch = view.chunks;
  let v = k;
  while (v > 0 && !ch[v - 1].breakAfter) v--;
  return v > 1 && ch[v - 1].kind === 'VG' && parentheticalEnd(view, v) === ch[k].to ? v - 1 : k;
}

/** "pledged in 2020 that", "said on Monday that", "announced last week that": the chunk before a time phrase
 * (with its preposition) that ends at chunk k right after a verb; else k. */
function beforeTime(view: SentenceView, k: number): number {
  const ch = view.chunks;
  const np = ch[k];
  if (np?.kind !== 'NP' || np.breakAfter) return k;
  if (!sentenceTimes(view.toks).some((t) => t.from <= np.from && np.to <= t.to)) return k;
  const v = ch[k - 1]?.kind === 'PREP' && !ch[k - 1].breakAfter ? k - 2 : k - 1;
  return ch[v]?.kind === 'VG' && !ch[v].breakAfter ? v : k;
}

/** The frame of the clause whose verb group is chunk `c`; empty when its subject is not next to it. */
export function clauseFrame(view: SentenceView, c: number): ClauseFrame {
  const ch = view.chunks;
  const subj = subjectOf(view, c);
  if (!subj || subj.how !== 'direct') return {};
  let h = headOfRun(ch, ch.indexOf(subj.np));
  if (h < 0) return {};
  // "unless its parent company, ByteDance, sells …": a subject set off as another phrase's apposition; the frame
  // stands before that phrase.
  const comma = (x: Chunk | undefined) => !!x && /^,\s*$/.test(view.toks[x.to].post);
  if (ch[h - 1]?.kind === 'NP' && comma(ch[h - 1]) && comma(subj.np) && ch.indexOf(subj.np) === h)
    h = headOfRun(ch, h - 1);
  let k = h - 1;
  const opener = ch[k]?.kind === 'ADV' && !ch[k].breakAfter ? ch[k--] : undefined;
  let aside = false;
  if (ch[k]?.kind === 'COMP' && !ch[k].breakAfter) {
    // "alleged that Tom Hale lied and that Russia …": a second content clause shares the first one's verb.
    const and = ch[k - 1];
    if (and?.kind === 'CONJ' && ['and', 'or'].includes(view.toks[and.from].normal)) {
      const first = ch.findLastIndex((x, j) => j < k - 1 && x.kind === 'COMP');
      if (first > 0) k = first;
    }
    const v = asideStart(view, k - 1);
    aside = v < k - 1;
    k = aside ? v : beforeTime(view, v);
  }
  const g = ch[k];
  if (g?.kind === 'SUB' && !g.breakAfter) return { opener, subordinator: g };
  return { opener, governor: g?.kind === 'VG' && (aside || !g.breakAfter) ? g : undefined };
}
