// A prepositional phrase set off by commas right after a verb ("said, in a statement, that …", "alleges, among
// other things, that …"): it stands between the verb and what the verb governs. Read by speech spans (where the
// statement starts) and by the governing verb of a clause (which verb the "that" clause hangs on).
import type { SentenceView } from './sentence-view.js';

/** The last token of a prepositional phrase set off by commas that starts at chunk i ("by way of example,",
 * "in a statement on Monday,"), or undefined. */
export function parentheticalEnd(view: SentenceView, i: number): number | undefined {
  const ch = view.chunks;
  if (ch[i]?.kind !== 'PREP') return undefined;
  for (let k = i; k < ch.length && ch[k].to - ch[i].from < MAX_ASIDE_TOKENS; k++) {
    if (!['PREP', 'NP'].includes(ch[k].kind)) return undefined;
    if (ch[k].breakAfter) return ch[k].kind === 'NP' && /^,\s*$/.test(view.toks[ch[k].to].post) ? ch[k].to : undefined;
  }
  return undefined;
}
export const MAX_ASIDE_TOKENS = 8;
