// "Trump and Biden held town halls on NBC and ABC, respectively": "respectively" pairs the n-th subject with
// the n-th object, so a verb's edge from one list to the other holds only for the pair at the same place
// (Trump–NBC, Biden–ABC), never across (Trump–ABC).
import type { TripleDraft } from './rule.js';
import type { SentenceView } from './sentence-view.js';
import { hasBreak } from './token-break.js';

/** The distinct named entities (no concepts: "the dueling town halls") in token positions [from, to), in order. */
function namedIn(view: SentenceView, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const id = view.entityAt[k];
    if (id && view.types.get(id) !== 'Concept' && !out.includes(id)) out.push(id);
  }
  return out;
}

/** False when the draft crosses the pairs a "respectively" after its object sets up. */
export function crossesRespective(view: SentenceView, d: TripleDraft): boolean {
  if (!d.verb) return false;
  const at = view.toks.findIndex((t, k) => k > d.verb!.to && t.normal === 'respectively');
  if (at < 0) return false;
  let start = d.verb.from;
  while (start > 0 && !hasBreak(view.toks[start - 1])) start--;
  const subjects = namedIn(view, start, d.verb.from);
  const objects = namedIn(view, d.verb.to + 1, at);
  const [i, j] = [subjects.indexOf(d.subject), objects.indexOf(d.object)];
  return subjects.length > 1 && subjects.length === objects.length && i >= 0 && j >= 0 && i !== j;
}
