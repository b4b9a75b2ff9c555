// Labelling by an object complement: "Ann Cole called the Pell Agreement “null and void”", "the Red Cross
// declared the cholera outbreak an epidemic", "the court deemed the Harbour Act to be unlawful" → the
// subject LABELS the object. The complement is what makes it a label: "called Tom Hale" alone may be a
// phone call, "declared war" names no one, so a quotation, "to be …" or "a/an …" must follow the object.
import { npEntity } from '../np-entity.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { verbType } from '../vocabulary.js';
import type { Chunk } from '../chunks.js';
import type { SentenceView } from '../sentence-view.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';

/** Verbs that give their object a label only through a complement ("declared X a pandemic"). */
const DECLARING = new Set(['declare', 'pronounce', 'proclaim']);
/** An indefinite phrase after the object is its complement ("called Tom Hale a liar"); a definite one may
 * be a second object or an appointment ("named Ann Cole the chair"). */
const INDEFINITE = new Set(['a', 'an']);

/** The object's entity and the last token of its phrase, when a complement follows, else undefined. The
 * parser may join the quoted complement's first word to the object's phrase ("the Pell Agreement “null"). */
function objectAndComplement(view: SentenceView, obj: Chunk, next: Chunk | undefined, after: Chunk | undefined) {
  const quote = view.quotes.find(([a]) => a > obj.from && a <= obj.to + 1);
  const end = quote ? quote[0] - 1 : obj.to;
  const id = quote ? view.entityAt[end] : npEntity(obj);
  if (!id || (quote && view.entityAt[end + 1] === id)) return undefined;
  // Every named word before the complement is the object's own ("the Acme and Beta deal" is no label).
  for (let k = obj.from; k <= end; k++) if (view.entityAt[k] && view.entityAt[k] !== id) return undefined;
  if (quote) return { id, to: end };
  if (obj.breakAfter || !next) return undefined;
  const first = view.toks[next.from].normal;
  // "declared the outbreak to be a pandemic" (the parser may leave "to" a preposition of its own)
  const be = first === 'to' ? (next.kind === 'PREP' ? after : next) : undefined;
  if (be?.kind === 'VG' && be.lemma === 'be' && view.toks[be.to].normal === 'be') return { id, to: obj.to };
  // "called Tom Hale a liar"; a named complement ("named Ann Cole the Acme chair") is an appointment.
  if (next.kind === 'NP' && INDEFINITE.has(first) && !next.entities.length) return { id, to: obj.to };
  return undefined;
}

export const objectComplement: RelationRule = {
  name: 'object-complement',
  description:
    'a verb of labelling (call, deem, brand, declare …) with an object and its complement (a quotation, "to be …", "a/an …") labels the object',
  example: 'Ann Cole called the Pell Agreement “null and void”.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || vg.breakAfter) return;
      const lemma = vg.lemma.split(' ')[0];
      if (!(verbType(lemma) === 'LABELS' || DECLARING.has(lemma))) return;
      const obj = ch[c + 1];
      if (obj?.kind !== 'NP') return;
      const found = objectAndComplement(view, obj, ch[c + 2], ch[c + 3]);
      const subj = subjectOf(view, c);
      const S = npEntity(subj?.np);
      if (!found || !subj || !S || S === found.id) return;
      // "The Department of Health and Human Services declared …": a coordinated subject may be half a name.
      if (ch[ch.indexOf(subj.np) - 1]?.kind === 'CONJ') return;
      out.push({
        subject: S,
        object: found.id,
        predicate: { type: 'LABELS', lemma, text: view.slice(vg.from, vg.to) },
        confidence: scoreDraft(0.7, subjectCues(view, subj)),
        from: Math.min(subj.np.from, vg.from),
        to: found.to,
        verb: vg,
      });
    });
    return out;
  },
};
