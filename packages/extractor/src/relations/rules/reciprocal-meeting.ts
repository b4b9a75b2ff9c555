// Coordinated subjects of a verb of meeting with no object: "Angela Merkel and Emmanuel Macron met in Paris",
// "Oslo, Bergen and Tromsø gathered …" → each MEETS each other one (the reference reads such a meeting as
// symmetric). Subject-verb-object only links a subject to an object, so the partners named together as the
// subject meet nobody there.
import { coordinatedBefore } from '../coordinated-before.js';
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import { subjectCues, subjectOf } from '../subject-of.js';

/** Verbs whose plural subject met one another when nothing follows as their object. */
const MEETING_VERBS = new Set(['meet', 'gather', 'convene', 'talk']);

export const reciprocalMeeting: RelationRule = {
  name: 'reciprocal-meeting',
  description: 'coordinated subjects of "met / gathered / convened / talked" with no object meet one another',
  example: 'Angela Merkel and Emmanuel Macron met in Paris on Monday.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || !MEETING_VERBS.has(vg.lemma)) return;
      const subj = subjectOf(view, c);
      if (subj?.how !== 'direct' || objectsOf(view, c).direct.length) return;
      const list = [...coordinatedBefore(view, subj.np).reverse(), subj.np];
      const ids = [...new Set(list.map((np) => npEntity(np)!))];
      if (ids.length < 2) return;
      const confidence = scoreDraft(0.7, subjectCues(view, subj));
      ids.forEach((a, i) =>
        ids.slice(i + 1).forEach((b) =>
          out.push({
            subject: a,
            object: b,
            predicate: { type: 'MEETS', lemma: vg.lemma, text: view.slice(vg.from, vg.to) },
            confidence,
            from: list[0].from,
            to: vg.to,
            verb: vg,
          }),
        ),
      );
    });
    return out;
  },
};
