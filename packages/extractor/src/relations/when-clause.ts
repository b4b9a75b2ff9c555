// "said as she left the court that …", "tweeted after hearing the news": a clause right after a reporting verb
// that says when or how something was said, not what (speech-spans.ts skips it to its "that", or makes no
// claim).
import type { SentenceView } from './sentence-view.js';

/** Words that open a clause saying when or how something was said ("said as she left", "tweeted after
 * hearing the news"). */
const WHEN_OPENERS = new Set(['as', 'after', 'before', 'while', 'since', 'until', 'once', 'upon']);

/** Whether token `from`, right after a reporting verb, opens such a clause with a verb or an -ing form ("as
 * she left", "as having been", "after hearing"), not a verb-less phrase ("as a teenager she …"). */
export function whenClause(view: SentenceView, from: number): boolean {
  const t = view.toks[from];
  if (!WHEN_OPENERS.has(t?.normal ?? '') || view.toks[from - 1]?.normal === 'that' || /["“‘]/u.test(t.pre))
    return false;
  const k = view.chunks.findIndex((x) => x.from > from);
  const next = view.chunks[k];
  const after = view.chunks[k + 1];
  // ("said after the meeting that …": a phrase of time, then what was said.)
  const timed = next?.kind === 'NP' && !next.breakAfter && after?.kind === 'COMP' && t.normal !== 'as';
  return (
    next?.kind === 'VG' || timed || (next?.kind === 'NP' && !next.breakAfter && after?.kind === 'VG' && after.finite)
  );
}
