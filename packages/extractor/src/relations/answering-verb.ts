// "said the aid was late but denied that he made a deal", ", and added …", "but warned that …": a past verb of
// saying or denying (or of reporting, before "that") after "and/but" is the reporter's next act, not more of
// what was reported (a reported clause does not go on to deny or say; "he can and may declare an emergency" is
// no past act of reporting).
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { verbType } from './vocabulary.js';

/** Verbs outside SAYS that answer or deny what was said. */
const ANSWER_VERBS = new Set(['deny', 'insist', 'admit', 'acknowledge', 'concede', 'dispute', 'reject']);

/** Verbs outside SAYS that report what someone holds when a clause follows ("the judge ruled the draft
 * violated …", "Kimberly-Clark emphasized they were working …"); without a clause they are no speech
 * ("Mugabe ruled Zimbabwe"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  `note allege emphasize emphasise stress suggest conclude concede warn rule indicate assert reiterate observe caution
  express deem maintain estimate contend counter hint speculate complain`.split(/\s+/),
);

const pastFinite = (view: SentenceView, vg: Chunk) =>
  vg.kind === 'VG' && vg.finite && view.toks[vg.from].tags.has('PastTense');

/** Whether verb group `vg` is a finite past verb of saying or answering, or one of reporting before "that" ("said
 * the agency was sending help but warned that …"). */
export const answeringVerb = (view: SentenceView, vg: Chunk): boolean =>
  pastFinite(view, vg) &&
  (verbType(vg.lemma) === 'SAYS' ||
    ANSWER_VERBS.has(vg.lemma) ||
    (REPORTING_VERBS.has(vg.lemma) && view.toks[vg.to + 1]?.normal === 'that'));

/** Acts outside URGES that only a person or body does: "called for an inquiry", "called on the pilots to …" (a
 * phrasal verb by its verb), "ordered the state to pay", "thanked passengers", "praised", "condemned",
 * "apologised". */
const AGENT_ACTS = new Set(
  `call appeal order thank praise welcome criticise criticize condemn accuse blame warn promise vow pledge apologise apologize
  congratulate`.split(/\s+/),
);

/** Whether verb group `vg` is a finite past verb of urging ("urged", "asked", "demanded") or another act only a
 * person or body does ("called for", "ordered", "thanked"). */
export const agentActVerb = (view: SentenceView, vg: Chunk): boolean =>
  pastFinite(view, vg) && (verbType(vg.lemma) === 'URGES' || AGENT_ACTS.has(vg.lemma.split(' ')[0]));

/** "failed to operate and maintain its treatment works", "build or maintain roads": a verb of reporting joined by
 * "and"/"or" to another verb of doing right before it shares that verb's object; it reports nothing. */
export function coordinatedAct(view: SentenceView, vg: Chunk): boolean {
  const [and, other] = [view.toks[vg.from - 1], view.toks[vg.from - 2]];
  if (!and || !other || !['and', 'or'].includes(and.normal) || /\S/.test(other.post)) return false;
  const lemma = other.root ?? other.normal;
  return other.tags.has('Verb') && verbType(lemma) !== 'SAYS' && !REPORTING_VERBS.has(lemma);
}
