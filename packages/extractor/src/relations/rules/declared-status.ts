// Declaring something an event: "the WHO declared the outbreak a pandemic", "the agency declared the
// outbreak of cholera — a disease of dirty water — to be an epidemic" → the declarer LABELS the event the
// complement names (an event or a topic the article has a node for). The object is labelled by `object-complement`;
// the declared status is the declarer's act as well, and it is what a reader remembers.
import { npEntity } from '../np-entity.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import type { Chunk } from '../chunks.js';
import type { SentenceView } from '../sentence-view.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';

const DECLARING = new Set(['declare', 'pronounce', 'proclaim']);
const INDEFINITE = new Set(['a', 'an']);
/** What a declaration names: an event or a topic node ("a public health emergency"); the edge gate keeps
 * generic nouns out ("declared the plan a failure"). */
const STATUS_TYPES = new Set(['Event', 'Concept']);
/** Tokens an object (with its modifiers and a set-off aside) may span before its complement. */
const MAX_OBJECT_TOKENS = 20;
/** Chunks that open another clause: the complement is not past them. */
const CLAUSE_KINDS = new Set(['SUB', 'REL', 'COMP', 'CONJ']);

/** The chunk of the complement after the object that starts at chunk o: "to be a pandemic" or a bare
 * indefinite phrase right after the object ("declared the outbreak a pandemic"). */
function complementOf(view: SentenceView, o: number): Chunk | undefined {
  const ch = view.chunks;
  const start = ch[o].from;
  for (let j = o + 1; j < ch.length && ch[j].from - start <= MAX_OBJECT_TOKENS; j++) {
    const x = ch[j];
    if (CLAUSE_KINDS.has(x.kind) || (x.kind === 'VG' && x.finite && !x.participle && x.lemma !== 'be'))
      return undefined;
    // "to be a pandemic" (the parser may leave "to" a preposition of its own)
    const vg = x.kind === 'PREP' && view.toks[x.from].normal === 'to' ? ch[j + 1] : x;
    const toBe =
      vg?.kind === 'VG' &&
      vg.lemma === 'be' &&
      view.toks[vg.to].normal === 'be' &&
      (vg !== x || view.toks[vg.from].normal === 'to');
    if (toBe) {
      const np = ch[ch.indexOf(vg) + 1];
      return np?.kind === 'NP' && INDEFINITE.has(view.toks[np.from].normal) ? np : undefined;
    }
    // "declared the outbreak (of X) a pandemic": an indefinite phrase right after a phrase of the object.
    const prev = ch[j - 1];
    if (x.kind === 'NP' && prev.kind === 'NP' && !prev.breakAfter && INDEFINITE.has(view.toks[x.from].normal)) return x;
  }
  return undefined;
}

/** The node the complement names: its own, or, for a bare "a pandemic", the event named by a name of the
 * object phrase and that head word ("the outbreak of COVID-19 … a pandemic" → the COVID-19 pandemic). */
function declaredEntity(view: SentenceView, objFrom: number, comp: Chunk): string | undefined {
  // ("an epidemic" may be a topic node of its own word; the event of the object's name is the one meant)
  for (let k = objFrom; k < comp.from; k++) {
    const id = view.entityAt[k];
    const event = id && `event:${id.slice(id.indexOf(':') + 1)}-${comp.headWord}`;
    if (event && view.types.get(event) === 'Event') return event;
  }
  const own = npEntity(comp);
  return own && STATUS_TYPES.has(view.types.get(own) ?? '') ? own : undefined;
}

export const declaredStatus: RelationRule = {
  name: 'declared-status',
  description:
    'declaring something (to be) an event the article names ("declared the outbreak a pandemic") labels that event',
  example:
    'Doctors fear a Marburg epidemic. The epidemic could spread. The Health Council declared the outbreak of Marburg an epidemic.',
  apply(view) {
    const out: TripleDraft[] = [];
    const ch = view.chunks;
    ch.forEach((vg, c) => {
      if (vg.kind !== 'VG' || vg.passive || vg.breakAfter || !DECLARING.has(vg.lemma)) return;
      if (ch[c + 1]?.kind !== 'NP') return;
      const comp = complementOf(view, c + 1);
      const E = comp && declaredEntity(view, ch[c + 1].from, comp);
      if (!comp || !E) return;
      const subj = subjectOf(view, c);
      const S = npEntity(subj?.np);
      if (!subj || !S || S === E) return;
      // "The Department of Health and Human Services declared …": a coordinated subject may be half a name.
      if (ch[ch.indexOf(subj.np) - 1]?.kind === 'CONJ') return;
      out.push({
        subject: S,
        object: E,
        predicate: {
          type: 'LABELS',
          lemma: vg.lemma,
          text: `${view.slice(vg.from, vg.to)} … ${view.slice(comp.from, comp.to)}`,
        },
        confidence: scoreDraft(0.7, subjectCues(view, subj)),
        from: Math.min(subj.np.from, vg.from),
        to: comp.to,
        verb: vg,
      });
    });
    return out;
  },
};
