// "did not endorse her until July", "Acme did not pay Beta until 2019", "had not met him until being
// admitted": a "not" that a following "until" and a time (or a past act) bound says the act did happen, only
// later. The negation of such a group is lifted; a refusal or a denial keeps its own ("refused to meet her
// until May" did not meet her, as far as the sentence goes), and so does a future ("will not meet him until
// the talks end").
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { tenseOf, timeExpressionsOf } from './clause-time.js';

/** Tokens between the verb group and "until": an object and a short modifier at most. */
const MAX_GAP = 8;

/** Whether the draft's verb group is negated only by "not" (or "n't") and its clause then bounds
 * the act with "until" and a time ("until July", "until last week") or a gerund. */
export function notUntil(view: SentenceView, d: TripleDraft): boolean {
  const vg = d.verb;
  if (!vg?.negated || vg.lemmas.length > 1) return false;
  const toks = view.toks;
  if (!toks.slice(vg.from, vg.to + 1).some((t) => t.tags.has('Negative'))) return false;
  for (let i = vg.to + 1; i <= Math.min(toks.length - 1, vg.to + MAX_GAP); i++) {
    // The clause ends at a comma or at another verb: an "until" after it bounds something else.
    if (/[,;:]/.test(toks[i - 1].post) || view.chunks.some((c) => c.kind === 'VG' && c.from === i)) return false;
    const w = toks[i].normal;
    // The time expression may take in its bounding word ("until July") or start after it.
    if (w !== 'until' && w !== 'till') continue;
    // "until being admitted", "until signing the deal": an act of the past bounds it as a time does.
    const next = toks[i + 1];
    if (next && (next.tags.has('Gerund') || next.normal === 'being') && tenseOf(view, vg) === 'past') return true;
    return timeExpressionsOf(view).some((x) => x.from === i || x.from === i + 1);
  }
  return false;
}
