// Being somewhere: "Tom Hale is in Paris this week", "Coalition forces are in Iraq at the invitation of …",
// "the summit was in Cairo" → the subject LOCATED_IN the place. Subject-verb-object leaves "be" alone; here
// "to be" is read only with "in"/"at" right after it (an adverb may stand between) and a place the entity
// stage named ("was in talks with Acme", "is in the interest of Peru" name no place); outside quotations.
import { npEntity } from '../np-entity.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';

const PLACE_PREPS = new Set(['in', 'at', 'inside']);
/** What can be somewhere: people, bodies, things and events (a place in a place is the locative rule's). */
const LOCATED = new Set(['Person', 'Organization', 'Product', 'Event']);

export const copulaPlace: RelationRule = {
  name: 'copula-place',
  description: 'a subject that "is in/at" a named place is located there',
  example: 'Tom Hale is in Paris this week.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((vg, c) => {
      // "is in", "are now in", "was still at"; not "is expected in", "has been based in" (other verbs' frames)
      if (vg.kind !== 'VG' || vg.lemma !== 'be' || vg.passive || vg.lemmas.length > 1 || vg.breakAfter) return;
      const p = ch[c + 1]?.kind === 'ADV' && !ch[c + 1].breakAfter ? c + 2 : c + 1;
      const prep = ch[p];
      if (prep?.kind !== 'PREP' || !PLACE_PREPS.has(view.toks[prep.from].normal) || prep.breakAfter) return;
      const np = ch[p + 1];
      const O = npEntity(np);
      // The place ends its phrase: "in Paris" yes, "in the Paris office" no.
      if (!np || !O || view.types.get(O) !== 'Place' || view.entityAt[np.to] !== O) return;
      // "in Paris's interest": a possessive place owns the next noun.
      if (/['’]s?$/.test(view.toks[np.to].text) || /^['’]/.test(view.toks[np.to].post)) return;
      const subj = subjectOf(view, c);
      const S = npEntity(subj?.np);
      if (!subj || !S || S === O || !LOCATED.has(view.types.get(S) ?? '')) return;
      // Inside a quotation "we are in Iraq" is a speaker's word whose speaker the quotation may not name.
      if (view.quotes.some(([a, b]) => vg.from >= a && vg.from <= b)) return;
      out.push({
        subject: S,
        object: O,
        predicate: { type: 'LOCATED_IN', lemma: 'be', text: view.slice(vg.from, prep.to) },
        confidence: scoreDraft(0.7, subjectCues(view, subj)),
        from: Math.min(subj.np.from, vg.from),
        to: np.to,
        verb: vg,
      });
    });
    return out;
  },
};
