// Roles stated with "to be": "Tim Cook is the chief executive of Apple" / "Xi is China's president"
// → person ROLE body (also for "who is …" relatives, through the subject finder).
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { subjectOf } from '../subject-of.js';
import { nounPredicate } from '../predicate.js';
import { chunkRole } from '../role-noun.js';
import type { RelationRule, TripleDraft } from '../rule.js';

export const copulaRole: RelationRule = {
  name: 'copula-role',
  description: 'subject "is" a role phrase whose body is a possessor or an "of" object',
  example: 'Tim Cook is the chief executive of Apple.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.lemma !== 'be' || vg.passive) return;
      const subj = subjectOf(view, c);
      const S = npEntity(subj?.np);
      if (!subj || !S) return;
      const obj = objectsOf(view, c);
      const np = obj.direct[0];
      if (!np) return;
      const role = chunkRole(view, np);
      if (!role) return;
      const ofPP =
        obj.preps[0] && view.toks[obj.preps[0].prep.from].normal === 'of' && obj.preps[0].prep.from === np.to + 1
          ? obj.preps[0]
          : undefined;
      const body = np.possessor ?? np.entities.find((e) => e !== np.head) ?? (ofPP ? npEntity(ofPP.nps[0]) : undefined);
      if (!body || body === S) return;
      const to = ofPP && !np.possessor ? ofPP.nps[0].to : np.to;
      out.push({
        subject: S,
        object: body,
        predicate: nounPredicate(role.noun, view.slice(vg.from, to)),
        confidence: subj.how === 'direct' ? 0.8 : 0.7,
        from: subj.np.from,
        to,
        verb: vg,
      });
    });
    return out;
  },
};
