// A ruling that someone had no power to act stops them: "The appeals court ruled (that) Governor Ann Cole
// lacked the authority to close schools" → appeals court BLOCKS Ann Cole; so do "had no authority" and
// "exceeded his powers". The ruling's subject must be the one who rules (a court, a judge, a body), and the
// one ruled on a named party right after the verb; "ruled Ann Cole had the authority" blocks nobody.
import { npEntity } from '../np-entity.js';
import { subjectOf } from '../subject-of.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';

/** Verbs by which a court or body decides a question. */
const RULING_VERBS = new Set(['rule', 'find', 'decide', 'hold', 'determine', 'conclude']);
/** Nouns of a power to act. */
const POWER_NOUNS = new Set(['authority', 'power', 'powers', 'jurisdiction', 'right', 'standing', 'mandate']);
const PARTIES = new Set(['Person', 'Organization', 'Place']);

export const ruledLacking: RelationRule = {
  name: 'ruled-lacking',
  description: 'a ruling that a named party lacked (or exceeded) the authority to act blocks that party',
  example: 'The Ohio Court of Appeals ruled that Ann Cole lacked the authority to close schools.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || vg.negated || !RULING_VERBS.has(vg.lemma) || vg.breakAfter) return;
      const subj = subjectOf(view, c);
      if (!subj || subj.how === 'participle') return;
      const S = npEntity(subj.np);
      let k = c + 1;
      if (ch[k]?.kind === 'COMP' || (ch[k] && view.toks[ch[k].from].normal === 'that' && ch[k].from === ch[k].to)) k++;
      const partyNp = ch[k];
      const O = npEntity(partyNp);
      if (!S || !O || S === O || partyNp.kind !== 'NP' || partyNp.breakAfter) return;
      if (!PARTIES.has(view.types.get(S) ?? '') || !PARTIES.has(view.types.get(O) ?? '')) return;
      const verdict = ch[k + 1];
      // "had no power": the parser may leave "no" a chunk of its own.
      const no = ch[k + 2]?.kind !== 'NP' && view.toks[ch[k + 2]?.from ?? -1]?.normal === 'no' ? 1 : 0;
      const power = ch[k + 2 + no];
      if (verdict?.kind !== 'VG' || verdict.negated || power?.kind !== 'NP' || !POWER_NOUNS.has(power.headWord)) return;
      const none = !!no || view.toks[power.from].normal === 'no';
      if (!(verdict.lemma === 'lack' || verdict.lemma === 'exceed' || (verdict.lemma === 'have' && none))) return;
      out.push({
        subject: S,
        object: O,
        predicate: { type: 'BLOCKS', lemma: vg.lemma, text: view.slice(vg.from, power.to) },
        confidence: scoreDraft(0.65, { pronoun: view.kindAt[subj.np.to] === 'pronoun' }),
        from: Math.min(subj.np.from, vg.from),
        to: power.to,
        verb: vg,
      });
    });
    return out;
  },
};
