// "Trump withdrew the US from the treaty": a verb that takes someone or something out of a thing ties both
// the one who acts and the one taken out to that thing, not to each other (the subject-verb-object rule
// leaves the direct object alone here).
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { FALLBACK_TYPE } from '../vocabulary.js';
import type { Chunk } from '../chunks.js';

const WITHDRAW_VERBS = new Set(['withdraw', 'pull']);

/** The direct object a withdrawing verb takes out of something ("withdrew X from Y", "pulled X from Y"),
 * and the phrase it is taken out of when that names an entity. */
export function withdrawnFrom(view: SentenceView, c: number): { moved: Chunk; source?: Chunk } | undefined {
  const vg = view.chunks[c];
  if (vg.kind !== 'VG' || vg.passive || !WITHDRAW_VERBS.has(vg.lemma)) return undefined;
  const obj = objectsOf(view, c);
  const pp = obj.preps[0];
  const moved = obj.direct.length === 1 ? obj.direct[0] : undefined;
  if (!moved || !pp || pp.via || pp.prep.from !== moved.to + 1) return undefined;
  if (view.slice(pp.prep.from, pp.prep.to).toLowerCase() !== 'from') return undefined;
  const source = pp.nps.length === 1 && npEntity(pp.nps[0]) ? pp.nps[0] : undefined;
  return { moved, ...(source ? { source } : {}) };
}

export const withdrawnFromRule: RelationRule = {
  name: 'withdrawn-from',
  description: 'a subject withdrawing or pulling a named thing from a named thing: both are tied to the thing left',
  example: 'Tom Hale withdrew Norway from the Harbour Treaty.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      const w = withdrawnFrom(view, c);
      const subj = w?.source && subjectOf(view, c);
      const S = subj && npEntity(subj.np);
      if (!w?.source || !subj || !S) return;
      const [O, X] = [npEntity(w.moved), npEntity(w.source)!];
      const predicate = {
        type: FALLBACK_TYPE,
        lemma: `${vg.lemma} from`,
        text: view.slice(vg.from, w.source.from - 1),
      };
      const cues = subjectCues(view, subj);
      for (const who of new Set([S, O]))
        if (who && who !== X)
          out.push({
            subject: who,
            object: X,
            predicate,
            confidence: scoreDraft(0.7, { ...cues, fallback: true }),
            from: Math.min(subj.np.from, vg.from),
            to: w.source.to,
            verb: vg,
          });
    });
    return out;
  },
};
