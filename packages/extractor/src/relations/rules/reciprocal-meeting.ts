// Coordinated subjects of a verb of meeting with no object: "Angela Merkel and Emmanuel Macron met in Paris",
// "Oslo, Bergen and Tromsø gathered …" → each MEETS each other one (the reference reads such a meeting as
// symmetric). Subject-verb-object only links a subject to an object, so the partners named together as the
// subject meet nobody there. "Ann Lee and her counterparts, Tom Hale and Bo Berg, met": she meets each of them.
import { coordinatedBefore } from '../coordinated-before.js';
import { companionOf } from '../companion-subject.js';
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
      // "Ann Lee and her counterparts, Tom Hale and Bo Berg, met": the counterparts are hers, so she meets
      // each of them; how they stand to one another the phrase does not say.
      const companion = companionOf(view, list[0]);
      const host = companion?.named ? npEntity(companion.np) : undefined;
      if (!host && ids.length < 2) return;
      const confidence = scoreDraft(0.7, subjectCues(view, subj));
      const from = host ? companion!.np.from : list[0].from;
      const meet = (a: string, b: string) =>
        out.push({
          subject: a,
          object: b,
          predicate: { type: 'MEETS', lemma: vg.lemma, text: view.slice(vg.from, vg.to) },
          confidence,
          from,
          to: vg.to,
          verb: vg,
        });
      if (host) ids.forEach((b) => b !== host && meet(host, b));
      else ids.forEach((a, i) => ids.slice(i + 1).forEach((b) => meet(a, b)));
    });
    return out;
  },
};
