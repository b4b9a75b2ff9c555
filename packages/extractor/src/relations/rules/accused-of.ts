// Accusations: "Tom Hale accused Acme Corp of funding Beta Holdings" → Acme Corp INVESTS_IN Beta Holdings,
// attributed to Tom Hale (the act is the accuser's word, not the writer's); passive with no accuser named
// ("Acme Corp was accused of funding Beta Holdings") it is hedged. Typed gerunds only: a bare RELATED_TO
// reading of an accusation is too unsure.
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { subjectOf } from '../subject-of.js';
import { makePredicate } from '../predicate.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import { FALLBACK_TYPE, verbType } from '../vocabulary.js';
import type { Chunk } from '../chunks.js';
import { lemmaOf, type SentenceView } from '../sentence-view.js';

/** Accusing verbs and the preposition that introduces the act ("blamed X for attacking Y"). */
const ACCUSATIONS = new Map([
  ['accuse', 'of'],
  ['suspect', 'of'],
  ['blame', 'for'],
  ['charge', 'with'],
]);
/** Prepositions that may carry the act's object when its direct object names nothing ("of supplying
 * weapons to Beta", "of colluding with Beta"). */
const OBJECT_PREPS = new Set(['to', 'with', 'against']);

export const accusedOf: RelationRule = {
  name: 'accused-of',
  description: 'the accused of "accuse X of / blame X for <gerund> Y" does the act, as the accuser\'s word',
  example: 'Tom Hale accused Acme Corp of funding Beta Holdings.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((vg, c) => {
      const prep = vg.kind === 'VG' ? ACCUSATIONS.get(vg.lemma) : undefined;
      if (!prep || vg.negated || vg.breakAfter) return;
      // Active: the accused follows the verb and the accuser is its subject; passive: the accused is the subject.
      const accusedNp = vg.passive ? subjectOf(view, c)?.np : ch[c + 1];
      const accused = npEntity(accusedNp);
      const accuser = vg.passive ? undefined : npEntity(subjectOf(view, c)?.np);
      const p = vg.passive ? c + 1 : c + 2;
      if (!accused || !accusedNp || (!vg.passive && (accusedNp.breakAfter || !accuser))) return;
      const act = ch[p + 1];
      if (ch[p]?.kind !== 'PREP' || view.toks[ch[p].from].normal !== prep || ch[p].breakAfter) return;
      if (act?.kind === 'NP') {
        out.push(...nounTaggedAct(view, act, accused, accuser, vg.from, accusedNp));
        return;
      }
      if (act?.kind !== 'VG' || !act.gerund || act.passive) return;
      const predicate = makePredicate(view, act, act.to);
      if (predicate.type === FALLBACK_TYPE) return;
      const obj = objectsOf(view, p + 1);
      const direct = obj.direct.filter((np) => npEntity(np));
      const viaPrep = obj.preps.find((pp) => OBJECT_PREPS.has(view.toks[pp.prep.from].normal));
      const nps = direct.length ? direct : obj.direct.length <= 1 && viaPrep ? viaPrep.nps : [];
      for (const np of nps) {
        const object = npEntity(np);
        if (!object || object === accused) continue;
        out.push({
          subject: accused,
          object,
          predicate: { ...predicate, text: view.slice(vg.from, act.to) },
          confidence: scoreDraft(0.65, { pronoun: view.kindAt[accusedNp.to] === 'pronoun' }),
          from: Math.min(accusedNp.from, vg.from),
          to: np.to,
          verb: act,
          ...(accuser ? { attributedTo: accuser } : { hedged: true }),
        });
      }
    });
    return out;
  },
};

/** "accused Acme Corp of funding Beta Holdings": the parser may read "funding Beta Holdings" as one noun
 * phrase; its first word, an -ing form of a typed verb right before the name, is the act. */
function nounTaggedAct(
  view: SentenceView,
  np: Chunk,
  accused: string,
  accuser: string | undefined,
  from: number,
  accusedNp: Chunk,
): TripleDraft[] {
  const t = view.toks[np.from];
  const object = np.head;
  if (!object || object === accused || !/ing$/.test(t.normal) || view.entityAt[np.from + 1] !== object) return [];
  if (view.entityAt[np.from]) return [];
  const lemma = lemmaOf(t);
  const type = verbType(lemma);
  if (!type || type === FALLBACK_TYPE) return [];
  return [
    {
      subject: accused,
      object,
      predicate: { type, lemma, text: view.slice(from, np.from) },
      confidence: scoreDraft(0.6, { pronoun: view.kindAt[accusedNp.to] === 'pronoun' }),
      from: Math.min(accusedNp.from, from),
      to: np.to,
      ...(accuser ? { attributedTo: accuser } : { hedged: true }),
    },
  ];
}
