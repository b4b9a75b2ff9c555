// "The US urged allies such as Germany to …", "Police detained eight people, including Li Wenliang": the
// named examples of a verb's unnamed object are objects of the verb themselves. Only typed verbs: an
// example says which one was acted on, and a bare verb phrase would say nothing more.
import type { Chunk } from '../chunks.js';
import { npEntity } from '../np-entity.js';
import { subjectCues, subjectOf } from '../subject-of.js';
import { makePredicate } from '../predicate.js';
import { scoreDraft, type RelationRule, type TripleDraft } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { FALLBACK_TYPE } from '../vocabulary.js';
import { WHOLE_PART_VERBS, kindsByModifier } from './inclusion.js';
import { PEOPLE_GROUP_HEADS } from '../people-nouns.js';

/** Heads of a counted group of people, whose named examples are people ("detained eight people …, including"). */
export const PERSON_HEADS: ReadonlySet<string> = new Set([
  ...PEOPLE_GROUP_HEADS,
  ...'people persons officials journalists doctors leaders executives ministers diplomats lawyers candidates'.split(
    ' ',
  ),
]);
/** Chunks that may stand between a group of people and its examples: an unnamed modifier phrase ("for
 * spreading rumors", "on Monday", "in the raid"). */
const SKIPPABLE = new Set(['PREP', 'NP', 'ADV', 'VG']);
const MAX_SKIPPED = 6;

/** Token after the example marker that follows a phrase ending at `end` ("such as", "including"), if any. */
export function examplesStart(view: SentenceView, end: number): number | undefined {
  const [a, b] = [view.toks[end + 1]?.normal, view.toks[end + 2]?.normal];
  if (a === 'such' && b === 'as') return end + 3;
  if (a === 'including') return end + 2;
  return undefined;
}

/** The named phrases listed from `start` on ("Germany, France and Italy"), up to the first other chunk. */
export function listedNames(view: SentenceView, start: number): Chunk[] {
  const out: Chunk[] = [];
  for (const ch of view.chunks) {
    if (ch.to < start) continue;
    if (ch.kind === 'CONJ') continue;
    if (ch.kind !== 'NP' || !npEntity(ch)) break;
    out.push(ch);
  }
  return out;
}

/** After a group of people at chunk `d`, the examples' start past unnamed modifiers that end in a comma:
 * "eight people for “spreading rumors,” including Li Wenliang"; a named thing in between could be what the
 * examples belong to ("12 people in Lima, including …"), so nothing is read then. */
function examplesAfterModifiers(view: SentenceView, d: number): number | undefined {
  const ch = view.chunks;
  for (let k = d + 1; k < ch.length && k <= d + MAX_SKIPPED; k++) {
    const x = ch[k];
    if (!SKIPPABLE.has(x.kind) || (x.kind === 'VG' && !x.gerund)) return undefined;
    if (x.entities.some((e) => view.types.get(e) !== 'Concept')) return undefined;
    if (x.breakAfter) return examplesStart(view, x.to);
  }
  return undefined;
}

export const namedExamples: RelationRule = {
  name: 'named-examples',
  description:
    'the named examples ("such as", "including") of an unnamed direct object are objects of the verb themselves',
  example: 'The United States has urged allies such as Germany and France to ban Mahan Air.',
  apply(view) {
    const out: TripleDraft[] = [];
    view.chunks.forEach((vg, c) => {
      // (a whole's examples are its parts, which the inclusion rule reads: "contains things such as …")
      if (vg.kind !== 'VG' || vg.passive || vg.lemma === 'be' || !vg.lemma || WHOLE_PART_VERBS.has(vg.lemma)) return;
      const subj = subjectOf(view, c);
      const S = subj && subj.how !== 'participle' ? npEntity(subj.np) : undefined;
      if (!subj || !S) return;
      const pred = makePredicate(view, vg, vg.to);
      if (pred.type === FALLBACK_TYPE || pred.type === 'SAYS') return;
      // The object right after the verb ("urged allies such as …"), whatever the parser made of the rest; a
      // named object is the thing acted on, not a class of examples.
      const dobj = view.chunks[c + 1];
      const dobjType = dobj && view.types.get(npEntity(dobj) ?? '');
      const named = dobjType !== undefined && dobjType !== 'Concept';
      let start = dobj?.kind === 'NP' && !named ? examplesStart(view, dobj.to) : undefined;
      const people = start === undefined && dobj?.kind === 'NP' && !named && PERSON_HEADS.has(dobj.headWord);
      if (people) start = examplesAfterModifiers(view, c + 1);
      if (start !== undefined) {
        const cues = subjectCues(view, subj);
        const listed = listedNames(view, start);
        if (kindsByModifier(listed, dobj)) return;
        for (const np of listed) {
          const O = npEntity(np)!;
          if (O === S || (people && view.types.get(O) !== 'Person')) continue;
          out.push({
            subject: S,
            object: O,
            predicate: pred,
            confidence: scoreDraft(0.7, cues),
            from: Math.min(subj.np.from, vg.from),
            to: np.to,
            verb: vg,
          });
        }
      }
    });
    return out;
  },
};
