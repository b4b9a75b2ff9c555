// Runs the relation rules over every sentence and turns their drafts into evidence-backed triples: the
// edge gate, the rule name and polarity stamped here (not by each rule), speech attribution, one triple
// per (subject, type, object, sentence), stable order. A rule failing on odd text costs only its own
// drafts for that sentence, and says so in the warnings.
import type { Triple } from '../types.js';
import { HEDGE_ADVERBS } from './verb-modality.js';
import { keepDraft } from './edge-gate.js';
import type { RelationRule, TripleDraft } from './rule.js';
import { RELATION_RULES } from './rules/index.js';
import type { SentenceView } from './sentence-view.js';
import { documentSpeechSpans, type SpeechSpan } from './speech-spans.js';
import { clauseTime } from './clause-time.js';
import { hedgedByFrame } from './hedge-frames.js';
import { keptFrom } from './kept-from.js';
import { notUntil } from './not-until.js';
import { requestedAct } from './requested-act.js';
import { insideRanges, questionRanges } from './question-sentence.js';
import { retypedByObjectPreposition } from './object-preposition.js';
import { retypedByAttackSense } from './attack-sense.js';
import { retypedByConditionSense } from './condition-sense.js';
import { retypedByAmountSense } from './amount-sense.js';
import { retypedByDisclosureSense } from './disclosure-sense.js';
import { retypedByHostSense } from './host-sense.js';
import { retypedByAppointmentSense } from './appointment-sense.js';
import { retypedByAddressSense } from './address-sense.js';

/** Word senses that retype a draft before the edge gate, in order (each sees the one before it): which sense
 * of a preposition, of "attack", of "develop", of "host" and of "name" the sentence uses. */
const SENSES: Array<(view: SentenceView, d: TripleDraft) => TripleDraft> = [
  retypedByObjectPreposition,
  retypedByAttackSense,
  retypedByConditionSense,
  retypedByAmountSense,
  retypedByDisclosureSense,
  retypedByHostSense,
  retypedByAppointmentSense,
  retypedByAddressSense,
];
/** Hedges outside the verb group that still qualify the relation ("has alleged ties to", "a possible deal"). */
const SPAN_HEDGES = new Set([...HEDGE_ADVERBS, 'alleged', 'suspected', 'possible', 'potential', 'purported']);

/** Tokens a "neither … nor …" subject list may span. */
const MAX_SUBJECT_LIST = 12;

/** "Neither Acme nor Beta would buy Gamma": a subject list opened by "neither" negates its clause. */
function neitherNor(view: SentenceView, d: TripleDraft): boolean {
  if (!d.verb) return false;
  // "visited neither Oslo nor Dorn": "neither" after the verb, before the object.
  const after = view.toks.slice(d.verb.to + 1, d.to + 1).map((t) => t.normal);
  if (after.includes('neither') && view.toks.slice(d.verb.to + 1).some((t) => t.normal === 'nor')) return true;
  // Back from the verb over the subject list, within the clause: "nor" before the verb, "neither" before it.
  let nor = false;
  for (let k = d.verb.from - 1; k >= 0 && d.verb.from - k <= MAX_SUBJECT_LIST; k--) {
    const t = view.toks[k];
    if (k < d.verb.from - 1 && /[,;:—–]/.test(t.post)) return false;
    if (t.normal === 'nor') nor = true;
    if (t.normal === 'neither') return nor;
  }
  return false;
}

/** "Tom Hale denied killing Ann Cole": the denial in the verb group is the subject's word, not a fact. */
const deniedBySubject = (d: TripleDraft): boolean =>
  !!d.verb && !d.verb.passive && d.verb.lemmas.slice(0, -1).includes('deny');

export function findTriples(
  views: SentenceView[],
  ends: ReadonlySet<string>,
  warnings: string[] = [],
  rules: readonly RelationRule[] = RELATION_RULES,
  articleDate?: string,
  speech: SpeechSpan[][] = documentSpeechSpans(views),
): Triple[] {
  const best = new Map<string, Triple>();
  views.forEach((view, s) => {
    if (!view.chunks.length) return;
    const spans = speech[s];
    const questions = questionRanges(view);
    for (const rule of rules) {
      let drafts: TripleDraft[];
      try {
        drafts = rule.apply(view);
      } catch (err) {
        warnings.push(`relations: rule ${rule.name} failed on sentence ${view.sentence.index}: ${String(err)}`);
        continue;
      }
      for (const draft of drafts) {
        const d = SENSES.reduce((x, sense) => sense(view, x), draft);
        if (!keepDraft(d, view, ends)) continue;
        const descriptive = rule.descriptive || d.descriptive;
        if (!descriptive && insideRanges(questions, d.from, d.to)) continue;
        // Inside someone's statement: the relation is theirs, also when they speak of themselves ("Ann Cole
        // said she would challenge Tom Hale" is only her word); another speaker's span is preferred, as a
        // statement about the speaker reported by someone else is that someone's.
        // ("told Tom Hale that Acme Corp had …": the parse may read "that" into the subject's phrase, so the draft
        // starts one word before what was said.)
        const start = view.toks[d.from]?.normal === 'that' && d.from < d.to ? d.from + 1 : d.from;
        const inSpan = descriptive ? [] : spans.filter((s) => start >= s.from && d.to <= s.to);
        // "did not say he had ordered it": what nobody said is no one's claim, and no fact either.
        if (inSpan.some((s) => s.negated)) continue;
        const span = inSpan.find((s) => s.speaker !== d.subject) ?? inSpan[0];
        const denied = span?.lemma === 'deny';
        // A description ("Acme's CEO, Gamma") has no time of its own; an event has its clause's.
        const time = d.verb && !descriptive ? clauseTime(view, d.verb, articleDate) : undefined;
        const hedgedInSpan = view.toks.slice(d.from, d.to + 1).some((t) => SPAN_HEDGES.has(t.normal));
        const triple: Triple = {
          subject: d.subject,
          predicate: d.predicate,
          object: d.object,
          confidence: d.confidence,
          evidence: {
            sentence: view.sentence.index,
            start: view.sentence.start,
            end: view.sentence.end,
            text: view.sentence.text,
          },
          // What someone denies is said not to have happened: "Acme denied that it bought Beta".
          negated:
            ((!!d.verb?.negated !== denied) !== (!!d.undone !== neitherNor(view, d))) !==
            (keptFrom(view, d) !== notUntil(view, d)),
          hedged:
            !!d.verb?.hedged ||
            hedgedInSpan ||
            !!d.hedged ||
            hedgedByFrame(view, d) ||
            (!!d.verb && requestedAct(view, d.verb)),
          ...(d.attributedTo || span || deniedBySubject(d)
            ? { attributedTo: d.attributedTo ?? span?.speaker ?? d.subject }
            : {}),
          ...(span?.quote ? { quote: span.quote } : {}),
          rule: rule.name,
          ...(time ? { time } : {}),
        };
        const key = `${d.subject}|${d.predicate.type}|${d.object}|${view.sentence.index}`;
        const prev = best.get(key);
        if (!prev || prev.confidence < triple.confidence) best.set(key, triple);
      }
    }
  });
  return [...best.values()].sort((a, b) => a.evidence.sentence - b.evidence.sentence || b.confidence - a.confidence);
}
