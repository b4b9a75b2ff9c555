// Object relatives: the phrase before "which/whom/who" is the object of the relative clause's verb when the
// clause has its own subject and no object of its own ("Cyprus, which Turkey does not recognize, …" →
// Turkey RELATED_TO Cyprus, negated; "Beta Holdings, which Acme Corp bought in 2019, …" → Acme Corp
// ACQUIRES Beta Holdings).
import { npEntity } from '../np-entity.js';
import { makePredicate, memberType } from '../predicate.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import { FALLBACK_TYPE } from '../vocabulary.js';

// ("who" too, as news often writes it for "whom": "Ann Cole, who Tom Hale defeated in 2016")
const OBJECT_RELATIVES = new Set(['which', 'whom', 'who']);
const ADJUNCT_PREPS = new Set(['in', 'on', 'at', 'during', 'since', 'before', 'after', 'last', 'this', 'until']);

export const objectRelative: RelationRule = {
  name: 'object-relative',
  description: 'the phrase before "which/whom" is the object of the relative clause\'s own subject and verb',
  example: 'Beta Holdings, which Acme Corp bought in 2019, will close.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((rel, r) => {
      if (rel.kind !== 'REL' || !OBJECT_RELATIVES.has(view.toks[rel.from].normal)) return;
      const antecedent = ch[r - 1];
      const subject = ch[r + 1];
      const vg = ch[r + 2];
      // The antecedent names the entity as its head ("a U.S. national, whom she met" names a person, not the US).
      const O =
        antecedent?.kind === 'NP' && view.entityAt[antecedent.to] === antecedent.head ? antecedent.head : undefined;
      const S = npEntity(subject);
      if (!O || !S || subject.breakAfter || vg?.kind !== 'VG' || !vg.finite || vg.passive || vg.lemma === 'be') return;
      const next = ch[r + 3];
      // "which Acme Corp sold Beta" has an object of its own; after the verb only a time or place may follow
      // ("which Acme Corp bought in 2019"): "which X sold to Y", "which X described as Y", "which X voted
      // against" give the verb a second argument or a reading of its own.
      if (
        !vg.breakAfter &&
        next &&
        next.kind !== 'CONJ' &&
        !(next.kind === 'PREP' && ADJUNCT_PREPS.has(view.toks[next.from].normal))
      )
        return;
      // "which Trump served up to Turkey": a particle makes another verb.
      if (/^(?:up|out|off|down|over|away|back)$/.test(view.toks[vg.to].normal)) return;
      let pred = makePredicate(view, vg, vg.to);
      // ("the alliance, which Norland wants to join": a member of it, as "Norland joined the alliance" makes it)
      if (pred.lemma === 'join') pred = { ...pred, type: memberType(view, S, O, pred.type) };
      out.push({
        subject: S,
        object: O,
        predicate: pred,
        confidence: scoreDraft(0.7, {
          pronoun: view.kindAt[subject.to] === 'pronoun',
          fallback: pred.type === FALLBACK_TYPE,
        }),
        from: antecedent.from,
        to: vg.to,
        verb: vg,
      });
    });
    return out;
  },
};
