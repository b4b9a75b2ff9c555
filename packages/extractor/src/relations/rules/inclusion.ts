// "X including Y", "X includes Y", "X comprises Y": the whole is the subject, so the part relation runs
// the other way: Y PART_OF X (never X PART_OF Y).
import type { Chunk } from '../chunks.js';
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { subjectOf } from '../subject-of.js';
import type { RelationRule, TripleDraft } from '../rule.js';

/** Verbs whose subject is the whole and whose object is a part; subject-verb-object leaves them alone. */
export const WHOLE_PART_VERBS = new Set(['include', 'comprise', 'contain', 'encompass']);

/** "power plants, including coal, natural gas and oil power plants": a list whose last item repeats the head
 * noun of the phrase it exemplifies names kinds of that thing by their modifiers ("natural gas" is no power
 * plant, nor part of one). */
export function kindsByModifier(list: Chunk[], whole: Chunk | undefined): boolean {
  const last = list[list.length - 1];
  return !!whole && list.length > 1 && last.to > last.from && last.headWord === whole.headWord;
}

const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

export const inclusion: RelationRule = {
  name: 'inclusion',
  descriptive: true,
  description: 'a whole "including/includes/comprises" its parts: each part PART_OF the whole',
  example: 'The Nordic Council, including Finland and Iceland, met in Oslo.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || !WHOLE_PART_VERBS.has(vg.lemma)) return;
      // "X, including Y": the whole is the phrase right before the participle, never a clause's subject
      // further back ("Iran issued warrants for 36 people including Trump" says nothing of Iran).
      const prev = view.chunks[c - 1];
      const subj = vg.gerund && !vg.finite ? (prev?.kind === 'NP' ? { np: prev } : undefined) : subjectOf(view, c);
      const whole = npEntity(subj?.np);
      if (!subj || !whole || (subj as { how?: string }).how === 'inherited') return;
      const direct = objectsOf(view, c).direct;
      if (kindsByModifier(direct, subj.np)) return;
      for (const np of direct) {
        const part = npEntity(np);
        // "Beta Group, including its director Tom Hale": a part named by its role towards something ("its",
        // "their") is that role's holder, not a member of the whole (the role rules read the role).
        if (!part || view.toks.slice(np.from, np.to + 1).some((t) => POSSESSIVE_DETERMINERS.has(t.normal))) continue;
        out.push({
          subject: part,
          object: whole,
          predicate: { type: 'PART_OF', lemma: vg.lemma, text: view.slice(vg.from, vg.to) },
          confidence: 0.75,
          from: Math.min(subj.np.from, vg.from),
          to: np.to,
          verb: vg,
        });
      }
    });
    return out;
  },
};
