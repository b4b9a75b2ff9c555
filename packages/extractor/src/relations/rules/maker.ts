// Makers: "Brakko Foods, which makes Dalby Crisps" → Brakko Foods CREATES Dalby Crisps. "make" is too light a verb
// for the vocabulary ("made a deal", "made history", "made her a minister"); a body making a named thing
// other than a person or place is its maker. A second object ("made Acme its supplier") makes a role, not a
// product, and gives nothing.
import { npEntity } from '../np-entity.js';
import { objectsOf } from '../objects-of.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';

const MAKE_VERBS = new Set(['make']);
/** What a body makes: a product or a brand (which the entity stage may read as a body). */
const MADE_TYPES = new Set(['Product', 'Organization']);

export const maker: RelationRule = {
  name: 'maker',
  description: 'a body that makes a named product or brand creates it',
  example: 'Brakko Foods, which makes Dalby Crisps, raised prices.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || !MAKE_VERBS.has(vg.lemma)) return;
      const subj = subjectOf(view, c);
      const S = subj && subj.how !== 'participle' ? npEntity(subj.np) : undefined;
      // ("which" never stands for a person: a maker read as one is a body with a name like a surname.)
      const which = subj?.how === 'relative' && view.toks[view.chunks[c - 1].from].normal === 'which';
      const body = view.types.get(S ?? '') === 'Organization' || (which && view.types.get(S ?? '') === 'Person');
      if (!subj || !S || !body) return;
      const obj = objectsOf(view, c);
      const ch = view.chunks;
      for (const np of obj.direct) {
        const k = ch.indexOf(np);
        const next = ch[k + 1];
        // "made Acme its supplier", "makes Acme a rival": an object complement follows.
        if (next?.kind === 'NP' && !np.breakAfter) return;
        // "… and Solaris Paper which makes Sorbent": a phrase opening a relative clause of its own is the
        // next maker, not a second product.
        if (next?.kind === 'REL') continue;
        const O = npEntity(np);
        if (!O || O === S || !MADE_TYPES.has(view.types.get(O) ?? '')) continue;
        // A name must be written as one: "makes the software" is no product node.
        if (!/^[\p{Lu}\p{N}]/u.test(view.toks[np.to].text)) continue;
        out.push({
          subject: S,
          object: O,
          predicate: { type: 'CREATES', lemma: vg.lemma, text: view.slice(vg.from, vg.to) },
          confidence: scoreDraft(0.7, subjectCues(view, subj)),
          from: Math.min(subj.np.from, vg.from),
          to: np.to,
          verb: vg,
        });
      }
    });
    return out;
  },
};
