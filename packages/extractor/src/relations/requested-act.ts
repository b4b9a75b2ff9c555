// Acts only asked for: a clause after a verb of request or advice ("asked that citizens not approach the
// embassy", "recommended the troops withdraw") says what someone wants done, not what its subject did.
// Its typed relation is kept as hedged, as for "urged Spain to ban X"; an untyped or negated one says
// nothing a reader can use ("not approach" is an instruction, not a fact) and makes no edge.
import type { Chunk } from './chunks.js';
import { clauseFrame } from './governing-verb.js';
import type { SentenceView } from './sentence-view.js';

/** Verbs whose clause is a request ("insist", "suggest" also report facts and are left out). */
export const REQUEST_VERBS = new Set(
  'ask urge recommend demand request order require propose advise instruct direct beg implore'.split(' '),
);

/** Whether verb group `vg` is the verb of a requested act. */
export function requestedAct(view: SentenceView, vg: Chunk): boolean {
  const c = view.chunks.indexOf(vg);
  if (c < 0) return false;
  // A past tense after "asked" reports ("asked why the troops withdrew"), a request takes the base form.
  if (view.toks.slice(vg.from, vg.to + 1).some((t) => t.tags.has('PastTense'))) return false;
  const { governor } = clauseFrame(view, c);
  return !!governor && REQUEST_VERBS.has(governor.lemma.split(' ')[0]);
}
