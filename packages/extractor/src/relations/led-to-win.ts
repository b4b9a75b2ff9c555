// "led Pakistan to its only World Cup victory", "led the club to the title": a captain or coach takes a side to
// a win; leading a country or body to a victory is no leadership of it (Imran Khan LEADS Pakistan came from a
// cricket final). A "lead" draft whose object is followed by "to" and, within a few words, a word for a win is
// dropped by the edge gate.
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';

/** Words for what a side is led to. */
const WINS = new Set('victory victories win wins title titles championship final glory triumph'.split(' '));

/** Whether draft `d` is a "lead" whose object is led to a win ("led Pakistan to its only World Cup victory"). */
export function ledToWin(view: SentenceView, d: TripleDraft): boolean {
  if (d.predicate.type !== 'LEADS' || d.verb?.lemma !== 'lead' || view.toks[d.to + 1]?.normal !== 'to') return false;
  for (let k = d.to + 2; k <= d.to + 7 && k < view.toks.length; k++) {
    if (WINS.has(view.toks[k].normal)) return true;
    if (/[,;.]/.test(view.toks[k].post)) return false;
  }
  return false;
}
