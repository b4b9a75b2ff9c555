// A speaker's verdict on a thing: "Ann Cole said the Pell Agreement was illegal", "According to Tom Hale,
// the merger is “unprecedented.”" → the speaker LABELS the thing (lemma: the adjective). Read only inside
// the speaker's own reported statement, from "to be" with an evaluative adjective that ends the clause;
// a person's state ("said Tom Hale was dead", "was ready to sign") is a report about them, not a label.
import { npEntity } from '../np-entity.js';
import { subjectOf } from '../subject-of.js';
import { speechSpans } from '../speech-spans.js';
import { SPEAKER_TYPES } from '../edge-gate.js';
import type { Chunk } from '../chunks.js';
import type { SentenceView } from '../sentence-view.js';
import type { RelationRule, TripleDraft } from '../rule.js';

/** What a verdict can be about: a thing, a body, an event, a topic, a place (people's states are no verdict). */
const JUDGED = new Set(['Organization', 'Product', 'Event', 'Concept', 'Place']);
/** Adjectives of state or readiness rather than judgement, and relations that need a second thing ("denies
 * the two explosions are related"). */
const STATES = new Set(
  `dead alive ready able unable present absent open available unavailable safe sure unsure likely unlikely aware
  responsible due free busy full empty clear unclear possible impossible underway ongoing over done active
  operational closed shut injured wounded infected killed delayed postponed cancelled canceled suspended located based
  scheduled expected planned involved confirmed related linked connected similar different separate identical
  equal`.split(/\s+/),
);

/** Participle forms that judge ("unprecedented", "flawed"); other -ed words say what befell a thing ("the
 * diner was damaged"). */
const JUDGING_ED =
  /^(?:un\w+ed|flawed|biased|misguided|outdated|overrated|exaggerated|rigged|doomed|justified|warranted)$/;

/** The adjective phrase of a verdict: only adjectives (and "and"/adverbs between them), ending the clause. */
function verdictAt(
  view: SentenceView,
  c: number,
  spanTo: number,
): { from: number; to: number; word: string } | undefined {
  const ch = view.chunks;
  const first = ch[c]?.kind === 'ADV' ? c + 1 : c;
  const np: Chunk | undefined = ch[first];
  if (np?.kind !== 'NP' || np.entities.length) return undefined;
  let last = first;
  // "“null and void”", "unfair and dangerous"
  while (ch[last + 1]?.kind === 'CONJ' && ch[last + 2]?.kind === 'NP' && !ch[last + 2].entities.length) last += 2;
  const end = ch[last].to;
  const toks = view.toks.slice(np.from, end + 1).filter((t) => !['and', 'or'].includes(t.normal));
  const adjective = (t: (typeof toks)[number]) =>
    t.tags.has('Adjective') && !t.tags.has('Noun') && !t.tags.has('Comparative') && !t.tags.has('Superlative');
  if (!toks.length || !toks.every((t) => adjective(t) || t.tags.has('Adverb'))) return undefined;
  const word = toks.filter(adjective).pop()?.normal;
  // (a participle the parser reads as a verb is an event's state: "was delayed")
  const verbal = toks.some((t) => t.tags.has('Verb') || t.tags.has('Participle'));
  if (!word || STATES.has(word) || verbal || (/ed$/.test(word) && !JUDGING_ED.test(word))) return undefined;
  // The clause ends with the verdict: the statement's end, a sentence mark or a closing quotation.
  // ("was illegal and that she would fight it": a second clause of the statement opens after "and that")
  const nextClause = ch[last + 1]?.kind === 'CONJ' && ch[last + 2]?.kind === 'COMP';
  const closes = end >= spanTo || /[.!?;”"]/.test(view.toks[end].post) || ch[last + 1]?.kind === 'SUB' || nextClause;
  return closes ? { from: np.from, to: end, word } : undefined;
}

/** The statement is denied or its verb negated. */
function saidNot(view: SentenceView, cueFrom: number, lemma: string): boolean {
  const cue = view.chunks.find((x) => x.from === cueFrom);
  return lemma === 'deny' || (cue?.kind === 'VG' && cue.negated);
}

export const speakerVerdict: RelationRule = {
  name: 'speaker-verdict',
  description:
    'a speaker stating, in their own reported statement, that a thing "is" an evaluative adjective labels the thing',
  example: 'Ann Cole said the Pell Agreement was illegal.',
  apply(view) {
    const ch = view.chunks;
    if (!ch.some((x) => x.kind === 'VG' && x.lemma === 'be')) return [];
    const out: TripleDraft[] = [];
    // (a colon's weak reading may yield to the quotation's own attribution: colon-quote.ts)
    for (const span of speechSpans(view).filter((sp) => !sp.weak)) {
      if (!SPEAKER_TYPES.has(view.types.get(span.speaker) ?? '')) continue;
      ch.forEach((be, c) => {
        if (be.kind !== 'VG' || be.lemma !== 'be' || be.lemmas.length > 1 || be.passive || be.breakAfter) return;
        if (be.from < span.from || be.to > span.to) return;
        const subj = subjectOf(view, c);
        const E = npEntity(subj?.np);
        if (!subj || !E || E === span.speaker || subj.np.from < span.from || !JUDGED.has(view.types.get(E) ?? ''))
          return;
        // "Reports that Acme acquired Beta were false": a phrase right after another verb than the speaker's
        // is that verb's object; the verdict is on the clause's head ("Reports"), not on it.
        const before = ch[ch.indexOf(subj.np) - 1];
        if (before?.kind === 'VG' && before.from !== span.cueFrom) return;
        // "said a compulsory introduction of face coverings could be inevitable": the thing judged is the noun
        // with its "of" phrase, which no node names ("introduction" alone says nothing).
        const after = ch[ch.indexOf(subj.np) + 1];
        if (after?.kind === 'PREP' && view.toks[after.from].normal === 'of' && !subj.np.breakAfter) return;
        const verdict = verdictAt(view, c + 1, span.to);
        if (!verdict) return;
        out.push({
          subject: span.speaker,
          object: E,
          predicate: {
            type: 'LABELS',
            lemma: verdict.word,
            text: `${view.slice(be.from, be.to)} ${view.slice(verdict.from, verdict.to)}`,
          },
          confidence: 0.65,
          // (the ends and the verb: a quoted verdict is the speaker's word, no argument inside a quotation)
          from: Math.min(span.cueFrom, subj.np.from),
          to: Math.max(span.cueTo, be.to),
          // "said the deal was not fair" labels it unfair: the "not" is the label's (in its text), not a denial
          // of the labelling; a modal still hedges it ("may be illegal").
          ...(be.hedged ? { hedged: true } : {}),
          // ("did not say it was illegal", "denied it was illegal": no such label)
          ...(saidNot(view, span.cueFrom, span.lemma) ? { undone: true } : {}),
        });
      });
    }
    return out;
  },
};
