// Credit for an act: "Tom Hale is credited with founding Acme Corp" → Tom Hale FOUNDED Acme Corp; "Ann Cole
// was credited with helping draft the Charter" → Ann Cole CREATES Charter (a helper takes part in the act).
// The credited one is the doer of the gerund's act, not a second party of "credit" (a bare RELATED_TO
// "credited with" edge to the gerund's object says nothing). Typed acts only.
import type { Chunk } from '../chunks.js';
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { subjectOf } from '../subject-of.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import { lemmaOf, type SentenceView } from '../sentence-view.js';
import { FALLBACK_TYPE, verbType } from '../vocabulary.js';

/** Verbs of helping, whose bare infinitive names the act helped with ("helping draft the Charter"). */
const HELP_VERBS = new Set(['help', 'assist']);

/** The act of the gerund chunk and where its object starts: "founding" → found; "helping draft …" → draft,
 * the parser often reading the bare verb as the first word of the object's noun phrase. */
function actOf(view: SentenceView, gerund: Chunk, next: Chunk | undefined): { lemma: string; np?: Chunk } | undefined {
  // "founding Acme Corp" read as one noun phrase: its -ing word right before the name is the act.
  if (gerund.kind === 'NP') {
    const t = view.toks[gerund.from];
    const named = gerund.head && view.entityAt[gerund.from + 1] === gerund.head && !view.entityAt[gerund.from];
    return named && /ing$/.test(t.normal) ? { lemma: ingLemma(t.normal) ?? lemmaOf(t), np: gerund } : undefined;
  }
  // "helping draft" read as one verb group: its lemma is the bare verb's.
  if (HELP_VERBS.has(lemmaOf(view.toks[gerund.from])) && gerund.to > gerund.from) return { lemma: gerund.lemma };
  if (!HELP_VERBS.has(gerund.lemma)) return { lemma: gerund.lemma };
  if (!next) return undefined;
  if (next.kind === 'VG' && !next.finite) return { lemma: next.lemma };
  const first = view.toks[next.from];
  if (next.kind !== 'NP' || next.from === next.to || view.entityAt[next.from] || !/^[a-z]+$/.test(first.text))
    return undefined;
  return { lemma: lemmaOf(first), np: next };
}

/** The vocabulary verb of an -ing form the parser took for a noun ("founding" → found, "making" → make). */
function ingLemma(word: string): string | undefined {
  const stem = word.replace(/ing$/, '');
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].find((v) => verbType(v));
}

export const creditedWith: RelationRule = {
  name: 'credited-with',
  description: 'the one credited with <gerund> Y does the act to Y ("helping <verb>" counts as the verb)',
  example: 'Tom Hale is credited with founding Acme Corp.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.lemma !== 'credit' || vg.negated || vg.breakAfter) return;
      // Passive: the credited one is the subject; active ("historians credit Tom Hale with …"): the object.
      const creditedNp = vg.passive ? subjectOf(view, c)?.np : ch[c + 1];
      const credited = npEntity(creditedNp);
      const p = vg.passive ? c + 1 : c + 2;
      if (!credited || !creditedNp || (!vg.passive && creditedNp.breakAfter)) return;
      if (ch[p]?.kind !== 'PREP' || view.toks[ch[p].from].normal !== 'with' || ch[p].breakAfter) return;
      const gerund = ch[p + 1];
      const ing = gerund && /ing$/.test(view.toks[gerund.from].normal);
      if (!gerund || !ing || gerund.passive || gerund.breakAfter || !['VG', 'NP'].includes(gerund.kind)) return;
      const act = actOf(view, gerund, ch[p + 2]);
      const type = act ? verbType(act.lemma) : undefined;
      if (!act || !type || type === FALLBACK_TYPE) return;
      // The act's own chunk: the gerund, or the bare verb after "helping".
      const actChunk = gerund.kind === 'VG' && HELP_VERBS.has(gerund.lemma) ? p + 2 : p + 1;
      const nps = act.np ? [act.np] : objectsOf(view, actChunk).direct;
      for (const np of nps) {
        const object = npEntity(np);
        if (!object || object === credited) continue;
        out.push({
          subject: credited,
          object,
          predicate: { type, lemma: act.lemma, text: view.slice(vg.from, act.np ? act.np.from : ch[actChunk].to) },
          confidence: scoreDraft(0.65, { pronoun: view.kindAt[creditedNp.to] === 'pronoun' }),
          from: Math.min(creditedNp.from, vg.from),
          to: np.to,
          verb: vg,
        });
      }
    });
    return out;
  },
};
