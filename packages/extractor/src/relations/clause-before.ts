// What stands before the object of a verb when that object is followed by another verb: a subject
// relative's object ("the agency that funded Acme praised Beta": the agency praised) or a gerund clause's
// object ("leaving the EU would hurt Britain": the leaving hurts). Either way the phrase right before the
// second verb is no subject of it.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { headOfRun } from './head-of-run.js';
import { verbType } from './vocabulary.js';
import { OPINION_VERBS } from './verb-modality.js';

/** Chunks that may stand between a clause's verb and the end of its object ("funded labs in Ohio"). */
const OBJECT_MATERIAL = new Set(['NP', 'PREP', 'ADV']);

const KNOWING = new Set('know add note warn argue claim insist explain realise realize fear hope expect'.split(' '));
/** A verb of saying, opinion or knowing, which takes a clause ("reported the fire started"). */
export const takesClause = (lemma: string) =>
  verbType(lemma) === 'SAYS' || OPINION_VERBS.has(lemma) || KNOWING.has(lemma);

/** Chunk h opens the phrase right before a verb. When that phrase only ends an embedded clause: 'gerund' (the
 * subject is the clause itself, no entity), or the phrase the subject relative describes; else undefined. */
export function clauseBefore(view: SentenceView, h: number): Chunk | 'gerund' | undefined {
  const ch = view.chunks;
  let k = h - 1;
  while (k >= 0 && OBJECT_MATERIAL.has(ch[k].kind) && !ch[k].breakAfter) k--;
  const verb = ch[k];
  if (!verb || verb.kind !== 'VG' || verb.breakAfter || verb.passive) return undefined;
  const before = ch[k - 1];
  // "Leaving the EU would hurt Britain", "He said leaving the EU would hurt Britain": a gerund opening the
  // sentence or a clause makes the clause the subject.
  // ("adding Iran will pursue him", "knowing Acme had lied": a verb of saying or knowing takes a clause whose
  // subject the phrase is.)
  if (verb.gerund && !verb.finite) {
    if (takesClause(verb.lemma) && ch[k + 1]?.kind === 'NP') return undefined;
    // After a comma the gerund is more likely an adjunct of the clause before ("…, meaning China has let X").
    const opens =
      !before || ['COMP', 'SUB'].includes(before.kind) || (before.kind === 'VG' && takesClause(before.lemma));
    if (opens) return 'gerund';
    // "Ann Cole speaking to the press called the deal void": a gerund phrase right after a noun describes
    // it; the noun is the subject. (A verb of saying may take a clause instead: "announcing Acme had won".)
    const described = before.kind === 'NP' && !before.breakAfter && !view.toks[before.to].tags.has('Pronoun');
    return described && ch[k + 1]?.kind === 'PREP' ? ch[headOfRun(ch, k - 1)] : undefined;
  }
  // "The agency that funded Acme praised Beta", "the man who shot Ann Cole fled": a subject relative on a
  // noun; its object is not the subject of the verb after it.
  const rel = before && (before.kind === 'REL' || (before.kind === 'COMP' && view.toks[before.from].normal === 'that'));
  const noun = ch[k - 2];
  if (!rel || before.breakAfter || verb.gerund || noun?.kind !== 'NP' || noun.breakAfter) return undefined;
  if (view.toks[before.from].normal === 'whom' || view.toks[before.from].normal === 'whose') return undefined;
  return ch[headOfRun(ch, k - 2)];
}
