// Remarks on a topic made to someone: "Ann Cole commented on the vote to the Daily Post", "Tom Hale spoke
// about the strike to CNN" → the speaker SAYS the addressee, as "told the Daily Post" does. The topic phrase
// is what makes it a statement (the edge gate's `saysSomething`); "spoke to the Post in July" alone only
// says an interview took place. Subject-verb-object reads only the first phrase after a verb with no
// object, so the addressee after the topic is read here.
import { TOPIC_PREPS } from '../edge-gate.js';
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { verbType } from '../vocabulary.js';

const ADDRESSEES = new Set(['Person', 'Organization']);

export const remarksTo: RelationRule = {
  name: 'remarks-to',
  description: 'a speaker who commented or spoke "on/about" a topic "to" a person or body SAYS that addressee',
  example: 'Ann Cole commented on the vote to the Daily Post.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || verbType(vg.lemma) !== 'SAYS') return;
      const obj = objectsOf(view, c);
      const [topic, to] = obj.preps;
      if (obj.direct.length || !topic || !to || topic.prep.from !== vg.to + 1) return;
      if (!TOPIC_PREPS.has(view.toks[topic.prep.from].normal) || view.toks[to.prep.from].normal !== 'to') return;
      // The addressee follows the topic directly ("on Luk's death to The EastAfrican"), with no break.
      // ("commented on Monday to the Post": a time is no topic)
      if (topic.nps.some((np) => view.toks.slice(np.from, np.to + 1).some((t) => t.tags.has('Date')))) return;
      const lastTopic = topic.nps[topic.nps.length - 1];
      if (!lastTopic || lastTopic.to + 1 !== to.prep.from || lastTopic.breakAfter) return;
      const subj = subjectOf(view, c);
      const S = subj && subj.how !== 'participle' ? npEntity(subj.np) : undefined;
      const np = to.nps.length === 1 ? to.nps[0] : undefined;
      const O = npEntity(np);
      if (!S || !O || !np || O === S || !ADDRESSEES.has(view.types.get(O) ?? '')) return;
      out.push({
        subject: S,
        object: O,
        predicate: { type: 'SAYS', lemma: vg.lemma, text: view.slice(vg.from, to.prep.to) },
        confidence: scoreDraft(0.7, subjectCues(view, subj!)),
        from: Math.min(subj!.np.from, vg.from),
        to: np.to,
        verb: vg,
      });
    });
    return out;
  },
};
