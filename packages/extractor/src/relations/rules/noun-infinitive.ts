// A decision or intention noun with its infinitive: "Germany's decision to ban Mahan Air" → Germany BLOCKS
// Mahan Air; "Acme's plan to buy Beta" → Acme ACQUIRES Beta, hedged (a plan, bid or attempt is not the act);
// "Acme's refusal to pay Beta" → negated. The noun's possessor (or a name modifying it) is the doer.
import { INTENDED_NOUNS, REFUSED_NOUNS, takesInfinitive } from '../control-nouns.js';
import { infinitiveActs } from '../infinitive-acts.js';
import type { RelationRule, TripleDraft } from '../rule.js';

export const nounInfinitive: RelationRule = {
  name: 'noun-infinitive',
  description: 'a decision, plan or refusal noun whose possessor does its "to"-infinitive\'s act',
  example: "Germany's decision to ban Mahan Air surprised Iran.",
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((np, i) => {
      if (np.kind !== 'NP' || np.breakAfter || !takesInfinitive(np.headWord)) return;
      const doer = np.possessor ?? (np.head ? undefined : np.entities.length === 1 ? np.entities[0] : undefined);
      if (!doer) return;
      for (const act of infinitiveActs(view, i + 1)) {
        if (act.object === doer) continue;
        out.push({
          subject: doer,
          object: act.object,
          predicate: { ...act.predicate, text: view.slice(np.from, act.verb.to) },
          confidence: 0.65,
          from: np.from,
          to: act.np.to,
          verb: act.verb,
          ...(INTENDED_NOUNS.has(np.headWord) ? { hedged: true } : {}),
          ...(REFUSED_NOUNS.has(np.headWord) ? { undone: true } : {}),
        });
      }
    });
    return out;
  },
};
