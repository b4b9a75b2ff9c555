// The one a relation noun is aimed at, as the subject of "be the target of": "Mahan has been the subject of
// United States sanctions", "Acme became the target of a Canadian investigation" → the noun's agent (a name
// or a nationality modifying it, or a "by" phrase) TYPE the subject.
import { demonymBody } from '../demonym-body.js';
import { npEntity } from '../np-entity.js';
import { subjectOf } from '../subject-of.js';
import { nounPredicate } from '../predicate.js';
import type { RelationRule, TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import type { Chunk } from '../chunks.js';
import { OFFICE_TYPES, nounType } from '../vocabulary.js';

const TARGET_HEADS = new Set(['subject', 'target', 'object', 'focus', 'victim']);
const LINKING = new Set(['be', 'become', 'remain']);

/** Who does what a noun phrase names: a name or nationality before the noun, or its possessor. */
function agentOf(view: SentenceView, np: Chunk): string | undefined {
  if (np.possessor) return np.possessor;
  const named = np.entities.find((e) => e !== np.head);
  if (named) return named;
  for (let k = np.from; k < np.to; k++) {
    // (a nationality inside a topic the concept stage kept, "Canadian sanctions", still names the agent)
    const e = view.entityAt[k];
    const country = e && view.types.get(e) !== 'Concept' ? undefined : demonymBody(view, k);
    if (country) return country;
  }
  return undefined;
}

export const targetOf: RelationRule = {
  name: 'target-of',
  description: 'the subject of "be the subject/target of <agent> <relation noun>" is the noun\'s patient',
  example: 'Castor Mining has been the target of a Pell Group takeover since May.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((vg, c) => {
      if (vg.kind !== 'VG' || !LINKING.has(vg.lemma) || vg.breakAfter) return;
      const [head, of, rel] = ch.slice(c + 1, c + 4);
      const named = head?.head && view.types.get(head.head) !== 'Concept';
      if (head?.kind !== 'NP' || named || !TARGET_HEADS.has(head.headWord) || head.breakAfter) return;
      if (of?.kind !== 'PREP' || view.toks[of.from].normal !== 'of' || rel?.kind !== 'NP') return;
      const type = nounType(rel.headWord);
      if (!type || OFFICE_TYPES.has(type) || type === 'SAYS' || (rel.head && view.types.get(rel.head) !== 'Concept'))
        return;
      const by =
        ch[c + 4]?.kind === 'PREP' && view.toks[ch[c + 4].from].normal === 'by' ? npEntity(ch[c + 5]) : undefined;
      const agent = by ?? agentOf(view, rel);
      const patient = npEntity(subjectOf(view, c)?.np);
      if (!agent || !patient || agent === patient) return;
      out.push({
        subject: agent,
        object: patient,
        predicate: { ...nounPredicate(rel.headWord, view.slice(head.from, rel.to)), type },
        confidence: 0.65,
        from: Math.min(vg.from, subjectOf(view, c)!.np.from),
        to: by ? ch[c + 5].to : rel.to,
        verb: vg,
      });
    });
    return out;
  },
};
