// Acts done through an instrument of authority: whoever signs, issues or passes an order, law or decree
// does what it does. "Governor Ann Cole signed a decree banning Acme Corp" → Ann Cole BLOCKS Acme Corp;
// "issued an order delaying the election" → AFFECTS election. The gerund's own verb gives the type (typed
// verbs only), and it must follow the instrument noun directly: after a comma it is an adjunct of the
// signer's clause ("signed the bill, praising Ann Lee"), read elsewhere.
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { makePredicate } from '../predicate.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import { FALLBACK_TYPE } from '../vocabulary.js';

/** Verbs that put an instrument into force. */
const ENACT_VERBS = new Set(['sign', 'issue', 'pass', 'enact', 'adopt', 'approve', 'decree']);
/** Nouns of an instrument that acts by itself once in force. */
const INSTRUMENTS = new Set(
  `order orders decree decrees law laws bill bills act measure measures directive directives proclamation
  resolution resolutions legislation ordinance ordinances regulation regulations`.split(/\s+/),
);

export const instrumentAct: RelationRule = {
  name: 'instrument-act',
  description: "who signs, issues or passes an order, law or decree <gerund> Y does the gerund's act to Y",
  example: 'Governor Ann Cole signed a decree banning Acme Corp.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || !ENACT_VERBS.has(vg.lemma)) return;
      const subj = subjectOf(view, c);
      if (!subj || subj.how === 'participle') return;
      const S = npEntity(subj.np);
      // The instrument right after the verb (objectsOf reads a noun phrase with a verb after it as a clause's
      // subject, which a gerund after an instrument noun is not).
      const instrument = ch[c + 1];
      if (!S || vg.breakAfter || instrument?.kind !== 'NP' || instrument.breakAfter) return;
      if (!INSTRUMENTS.has(instrument.headWord)) return;
      const g = c + 2;
      const act = ch[g];
      if (act?.kind !== 'VG' || !act.gerund || act.passive || act.negated) return;
      const predicate = makePredicate(view, act, act.to);
      if (predicate.type === FALLBACK_TYPE) return;
      for (const np of objectsOf(view, g).direct) {
        const O = npEntity(np);
        if (!O || O === S) continue;
        out.push({
          subject: S,
          object: O,
          predicate: { ...predicate, text: view.slice(vg.from, act.to) },
          confidence: scoreDraft(0.65, subjectCues(view, subj)),
          from: Math.min(subj.np.from, vg.from),
          to: np.to,
          verb: vg,
        });
      }
    });
    return out;
  },
};
