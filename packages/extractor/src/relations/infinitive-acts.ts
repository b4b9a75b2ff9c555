// The typed act of a "to"-infinitive whose doer a rule has found elsewhere ("urged Spain to restrict X",
// "Germany's decision to ban X"): each named object of the infinitive with the infinitive's predicate.
import { npEntity } from './np-entity.js';
import { objectsOf } from './objects-of.js';
import { makePredicate } from './predicate.js';
import type { SentenceView } from './sentence-view.js';
import { FALLBACK_TYPE } from './vocabulary.js';
import type { Chunk } from './chunks.js';

export interface InfinitiveAct {
  object: string;
  /** The object's phrase. */
  np: Chunk;
  /** The infinitive's verb group. */
  verb: Chunk;
  predicate: { type: string; lemma: string; text: string };
}

/** The acts of the "to" + verb at chunk `to`; only typed verbs (a bare RELATED_TO reading is too unsure). */
export function infinitiveActs(view: SentenceView, to: number): InfinitiveAct[] {
  const ch = view.chunks;
  const inf = ch[to + 1];
  if (ch[to]?.kind !== 'PREP' || view.toks[ch[to].from].normal !== 'to' || ch[to].breakAfter) return [];
  if (inf?.kind !== 'VG' || inf.gerund || inf.passive || inf.to !== inf.from) return [];
  const predicate = makePredicate(view, inf, inf.to);
  if (predicate.type === FALLBACK_TYPE) return [];
  // (its object may be followed by the sentence's own verb: "… to ban Mahan Air surprised Iran"; a lone
  // present-tense form there is more often a plural noun the name modifies: "to halt Florida recounts")
  const direct = objectsOf(view, to + 1).direct;
  const next = ch[to + 3];
  const lonePresent = !!next && next.from === next.to && view.toks[next.from].tags.has('PresentTense');
  const nps = direct.length || ch[to + 2]?.kind !== 'NP' || lonePresent ? direct : [ch[to + 2]];
  return nps.flatMap((np) => {
    const object = npEntity(np);
    return object ? [{ object, np, verb: inf, predicate }] : [];
  });
}
