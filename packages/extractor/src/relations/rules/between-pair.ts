// A relation noun between two parties: "the collaboration between NASA and SpaceX", "talks between Iran and
// the United States", "the war between Armenia and Azerbaijan" → the first party TYPE the second (the
// reference scores such types either way round).
import { npEntity } from '../np-entity.js';
import { nounPredicate } from '../predicate.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import { nounType } from '../vocabulary.js';

/** Types with no direction, the only ones "between A and B" can state. */
const SYMMETRIC = new Set(['PARTNERS_WITH', 'COMPETES_WITH', 'MEETS']);
/** An agreement that ends a fight ("a peace agreement between Japan and Russia") is made by foes, not partners. */
const ENDS_A_FIGHT = new Set(['peace', 'ceasefire', 'cease-fire', 'truce', 'armistice']);

export const betweenPair: RelationRule = {
  name: 'between-pair',
  description: 'a relation noun of two parties, "<noun> between A and B"',
  example: 'The collaboration between NASA and SpaceX has grown.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((np, i) => {
      if (np.kind !== 'NP' || np.breakAfter) return;
      const type = nounType(np.headWord);
      const [between, a, and, b] = ch.slice(i + 1, i + 5);
      if (!type || !SYMMETRIC.has(type) || between?.kind !== 'PREP' || view.toks[between.from].normal !== 'between')
        return;
      if (a?.kind !== 'NP' || a.breakAfter || and?.kind !== 'CONJ' || view.toks[and.from].normal !== 'and') return;
      const foes = view.toks.slice(np.from, np.to + 1).some((t) => ENDS_A_FIGHT.has(t.normal));
      if (type === 'PARTNERS_WITH' && foes) return;
      const A = npEntity(a);
      const B = npEntity(b);
      if (!A || !B || A === B) return;
      out.push({
        subject: A,
        object: B,
        predicate: { ...nounPredicate(np.headWord, view.slice(np.from, b.to)), type },
        confidence: 0.65,
        from: np.from,
        to: b.to,
      });
    });
    return out;
  },
};
