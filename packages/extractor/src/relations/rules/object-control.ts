// Object control: "Germany urged Spain to restrict Mahan Air", "the court ordered Acme to pay Beta" → the
// object of the first verb is the subject of the infinitive (Spain BLOCKS Mahan Air), hedged: being urged,
// asked or ordered to do something does not say it was done.
import { npEntity } from '../np-entity.js';
import { infinitiveActs } from '../infinitive-acts.js';
import { memberType } from '../predicate.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';

/** Verbs whose object does the infinitive's act ("asked X to", "forced X to"). */
const OBJECT_CONTROL = new Set(
  `ask urge encourage order tell force compel press pressure push persuade convince invite instruct direct allow
  permit authorize authorise require call request advise lead prompt help`.split(/\s+/),
);

export const objectControl: RelationRule = {
  name: 'object-control',
  description: 'the object of "urge/ask/order/force … to <verb>" does the infinitive\'s act, hedged',
  example: 'Germany urged Spain to restrict Mahan Air.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || !OBJECT_CONTROL.has(vg.lemma.split(' ')[0]) || vg.breakAfter) return;
      const np = ch[c + 1];
      const doer = npEntity(np);
      if (!doer || np.breakAfter) return;
      for (const act of infinitiveActs(view, c + 2)) {
        if (act.object === doer) continue;
        out.push({
          subject: doer,
          object: act.object,
          // ("invited her to join the Greens": a member, as "joined the Greens" is)
          predicate: {
            ...act.predicate,
            type:
              act.predicate.lemma === 'join'
                ? memberType(view, doer, act.object, act.predicate.type)
                : act.predicate.type,
            text: view.slice(vg.from, act.verb.to),
          },
          confidence: scoreDraft(0.7, { pronoun: view.kindAt[np.to] === 'pronoun' }),
          from: np.from,
          to: act.np.to,
          verb: act.verb,
          hedged: true,
        });
      }
    });
    return out;
  },
};
