// Coordinated subjects of a pact or talks with no partner phrase: "Norland and Dorn signed a trade agreement",
// "Acme Corp and Beta Ltd announced a partnership", "Norland and Dorn held talks in Oslo" → each is party to
// it with each other one (PARTNERS_WITH, MEETS). Subject-verb-object reads "signed an agreement with Dorn";
// with the partners named together as the subject it has no object to link them to. People who sign or
// announce a pact do so for its parties, so only talks join them.
import { coordinatedBefore } from '../coordinated-before.js';
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { nounType } from '../vocabulary.js';

/** Verbs that make, keep or announce a pact or talks their subjects share. */
const PACT_VERBS = new Set(
  'sign reach conclude strike seal form forge ink finalize finalise renew extend announce hold begin start resume open'.split(
    ' ',
  ),
);
/** Nouns of a pact or of talks between the parties (not "deal" alone for a sale to a third party: it needs the
 * verb of making one). */
const PACT_NOUNS = new Set([
  'agreement',
  'agreements',
  'deal',
  'treaty',
  'pact',
  'accord',
  'partnership',
  'alliance',
  'talks',
  'negotiations',
]);
/** Prepositions after the pact that name another party or what it is with ("a deal with Beta", "talks on"
 * is fine). */
const PARTY_PREPS = new Set(['with', 'between', 'among', 'amongst', 'alongside']);

export const reciprocalPact: RelationRule = {
  name: 'reciprocal-pact',
  description:
    'coordinated subjects of "signed an agreement / held talks" with no partner phrase are party with one another',
  example: 'France and Germany signed a trade agreement on Monday.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || !PACT_VERBS.has(vg.lemma)) return;
      const subj = subjectOf(view, c);
      const objects = objectsOf(view, c);
      const pact = objects.direct[0];
      if (subj?.how !== 'direct' || !pact || !PACT_NOUNS.has(pact.headWord)) return;
      if (objects.preps.some((p) => PARTY_PREPS.has(view.toks[p.prep.from].normal))) return;
      const type = nounType(pact.headWord);
      // "announced the deal": a deal told of before, which may be with someone else; "announced a deal" is new.
      if (!type || (vg.lemma === 'announce' && view.toks[pact.from].normal === 'the')) return;
      const list = [...coordinatedBefore(view, subj.np).reverse(), subj.np];
      const ids = [...new Set(list.map((np) => npEntity(np)).filter((e): e is string => !!e))];
      // "Ann Cole and Tom Hale signed the deal": people sign for the parties, who are not each other.
      if (ids.length < 2 || (type !== 'MEETS' && ids.some((e) => view.types.get(e) === 'Person'))) return;
      const confidence = scoreDraft(0.7, subjectCues(view, subj));
      const lemma = pact.headWord.replace(/s$/, '') === 'talk' ? 'talks' : pact.headWord.replace(/s$/, '');
      ids.forEach((a, i) =>
        ids.slice(i + 1).forEach((b) =>
          out.push({
            subject: a,
            object: b,
            predicate: { type, lemma, text: view.slice(vg.from, pact.to) },
            confidence,
            from: list[0].from,
            to: pact.to,
            verb: vg,
          }),
        ),
      );
    });
    return out;
  },
};
