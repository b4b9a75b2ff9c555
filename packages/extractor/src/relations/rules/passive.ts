// Passive clauses and reduced relatives, turned active: "X was labeled … by Y" → Y LABELS X (an untyped
// edge keeps the sentence's order and words: "X is survived by Y");
// "firms linked to Huawei" → firms LINKED_TO Huawei (no agent: the patient keeps the subject slot).
import { agentParticiple, describedName, looseParticiple, reducedSubject } from '../agent-participle.js';
import { isParticiple } from '../is-participle.js';
import { activeVoice } from '../active-voice.js';
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { subjectOf } from '../subject-of.js';
import { coordinatedBefore } from '../coordinated-before.js';
import { makePredicate } from '../predicate.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import { FALLBACK_TYPE, verbType } from '../vocabulary.js';
import { GIVING_VERBS } from '../verb-complement.js';
import type { Chunk } from '../chunks.js';
import type { SentenceView } from '../sentence-view.js';

/** Prepositions of a scene (where, when, in what medium), which name no party to the act. */
const SCENE_PREPS = new Set([
  'in',
  'at',
  'on',
  'during',
  'across',
  'throughout',
  'around',
  'near',
  'inside',
  'outside',
]);
const PLACE_PREPS = new Set(['in', 'at']);
/** Acts a place does as an authority; "in <place>" names who acts, not where the patient is. */
const AUTHORITY_TYPES = new Set(['BLOCKS', 'SANCTIONS', 'ACCUSES', 'CRITICIZES', 'SUPPORTS', 'LABELS']);
const STATE_TYPES = new Set(['LINKED_TO', 'LOCATED_IN', 'PART_OF', 'WORKS_FOR', 'OWNS', 'FOCUSES_ON', 'RELATIVE_OF']);

/** "The party, led by Ann Cole,", "is chaired by Ann Cole": a leading verb's "by" agent leads the patient (the
 * predicate reads a leading verb before a preposition as another sense, "ran in Vienna", and gives no type). */
function leadingAgent(view: SentenceView, vg: Chunk, pred: ReturnType<typeof makePredicate>) {
  const main = view.toks[vg.to];
  const byOnly = view.toks[vg.to + 1]?.normal === 'by';
  return pred.type === FALLBACK_TYPE && byOnly && verbType(main.root ?? main.normal) === 'LEADS'
    ? { ...pred, type: 'LEADS' }
    : pred;
}

export const passive: RelationRule = {
  name: 'passive',
  description:
    'passive verb groups and reduced participles: the "by" agent becomes the subject; otherwise the patient links to its prepositional objects',
  example: 'Last week, China was labeled a country of concern by the Treasury Department.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      if (vg.kind !== 'VG' || !vg.lemma || vg.lemma === 'be') return;
      const byAgent = agentParticiple(view, c);
      const participle = isParticiple(view, c) || byAgent;
      if (!vg.passive && !participle) return;
      const reduced = byAgent && !vg.passive && !isParticiple(view, c) ? reducedSubject(view, c) : undefined;
      const subj = reduced ? { np: reduced, how: 'participle' as const } : subjectOf(view, c);
      if (!subj) return;
      const described = byAgent ? describedName(view, subj.np) : undefined;
      const P = described ?? npEntity(subj.np);
      if (!P) return;
      const pronoun = view.kindAt[subj.np.to] === 'pronoun';
      const inherited = subj.how === 'inherited';
      const obj = objectsOf(view, c);
      // "Tom Hale, Ann Cole and Bob Lee were arrested": each member of the subject list is the patient.
      const coordinated = subj.how === 'direct' && !described ? coordinatedBefore(view, subj.np) : [];
      const patients = [P, ...coordinated.map((np) => npEntity(np)!)];
      const from = Math.min(coordinated.at(-1)?.from ?? subj.np.from, subj.np.from, vg.from);
      const add = (s: string, o: string, pred: ReturnType<typeof makePredicate>, base: number, to: number) => {
        if (s === o) return;
        out.push({
          subject: s,
          object: o,
          predicate: pred,
          confidence: scoreDraft(base, { pronoun, inherited, fallback: pred.type === FALLBACK_TYPE }),
          from,
          to,
          verb: vg,
          ...(described ? { descriptive: true } : {}),
        });
      };
      const agentPP = obj.preps.find((pp) => view.toks[pp.prep.from].normal === 'by');
      const agents = (agentPP?.nps ?? []).map(npEntity).filter((a): a is string => !!a);
      // ("an investigation at Bradley Airport, led by Ann Cole": a phrase after a preposition may not be what the
      // participle describes; only a clause's own passive or the phrase itself is led.)
      const afterPrep = view.chunks[view.chunks.indexOf(subj.np) - 1]?.kind === 'PREP';
      const lead = (p: ReturnType<typeof makePredicate>) => (vg.passive || !afterPrep ? leadingAgent(view, vg, p) : p);
      if (byAgent && !vg.passive && agentPP) {
        const typed = lead(makePredicate(view, vg, agentPP.prep.to)).type !== FALLBACK_TYPE;
        if (!isParticiple(view, c) && looseParticiple(view, c, subj.np, typed)) return;
      }
      for (const A of agents) {
        const pred = lead(makePredicate(view, vg, agentPP!.prep.to));
        const to = agentPP!.nps[agentPP!.nps.length - 1].to;
        // An untyped edge is read by its words ("Hunter is survived by Maureen"): it keeps the sentence's order,
        // as turned round it would say the opposite ("Maureen is survived by Hunter").
        // A typed edge is turned round, and its words with it (active-voice.ts).
        const active = { ...pred, text: activeVoice(view, vg, agentPP!.prep.to) ?? pred.text };
        for (const Q of patients) {
          if (pred.type === FALLBACK_TYPE) add(Q, A, pred, 0.8, to);
          else add(A, Q, active, 0.8, to);
        }
      }
      if (agents.length) return;
      // "Ann Cole was awarded the Nobel Peace Prize": a giving verb's passive keeps the thing given as its object,
      // read in the sentence's order.
      if (GIVING_VERBS.has(vg.lemma))
        for (const np of obj.direct) {
          const O = npEntity(np);
          if (O)
            for (const Q of patients) add(Q, O, { ...makePredicate(view, vg, vg.to), type: FALLBACK_TYPE }, 0.7, np.to);
        }
      const first = obj.preps[0];
      // "was credited with helping draft the Charter": the name after a gerund is the gerund's object, the
      // act's party (credited-with, accused-of), not the patient's.
      if (!first || obj.direct.length || first.via) return;
      // Without an agent the patient is the subject: only state types keep their meaning that way round
      // ("linked to", "based in"); "was launched via X" is not the patient launching X.
      const prep = view.toks[first.prep.from].normal;
      for (const np of first.nps) {
        const O = npEntity(np);
        if (!O) continue;
        // "was accused of funding Beta Holdings": an -ing word before the name is the act the patient is
        // tied to (the accused-of rule reads it), not a part of the object.
        if (np.from < np.to && /ing$/.test(view.toks[np.from].normal) && view.entityAt[np.from] !== O) continue;
        const pred = makePredicate(view, vg, first.prep.to);
        if (!STATE_TYPES.has(pred.type)) {
          // "was hospitalized in Singapore": where it was done to the patient, as for active verbs ("met
          // in Oslo"); "was praised in the West", "was seen on television" name no second party.
          if (SCENE_PREPS.has(prep)) {
            // ("is banned in Turkey", "was sanctioned in the US": there the place is the authority acting.)
            const authority = AUTHORITY_TYPES.has(pred.type);
            for (const Q of patients)
              if (PLACE_PREPS.has(prep) && view.types.get(O) === 'Place' && view.types.get(Q) !== 'Place' && !authority)
                add(Q, O, { ...pred, type: 'LOCATED_IN' }, 0.55, np.to);
            continue;
          }
          // "Acme Corp was sold to Beta Ltd": whom it was sold to acquired it.
          // (makePredicate reads "sold to" as no sale of the buyer: tradePartner.)
          if (verbType(vg.lemma) === 'SELLS' && prep === 'to') {
            for (const Q of patients) add(O, Q, { ...pred, type: 'ACQUIRES' }, 0.7, np.to);
            continue;
          }
          pred.type = FALLBACK_TYPE;
        }
        for (const Q of patients) add(Q, O, pred, participle ? 0.7 : 0.75, np.to);
      }
    });
    return out;
  },
};
