// "Tom Hale praised Ann Cole on Twitter: “She built the company.”", "Acme Corp justified the sale: “…”": a
// quotation a colon opens after a main clause is the words of that clause's subject, whatever its verb (a verb
// of saying is speech-spans' own reading). Left unread, the quoted words' relations stood as the writer's own
// facts. A statement noun's "from" phrase names the speaker instead ("issued a statement from Ann Cole: “…”").
import type { SentenceView } from './sentence-view.js';
import { holdsClause } from './speech-bounds.js';
import { speakerOf } from './speaker-phrase.js';
import { subjectOf } from './subject-of.js';
import { npEntity } from './np-entity.js';
import type { SpeechSpan } from './speech-spans.js';

const STATEMENT_HEADS = new Set(['statement', 'message', 'letter', 'announcement', 'remarks', 'note']);

/** The speaker and verb of the clause a colon closes right before quotation `q`, or undefined. */
function colonClause(view: SentenceView, q: readonly [number, number], isSpeaker: (id?: string) => boolean) {
  const { toks, chunks: ch } = view;
  const k = q[0] - 1;
  if (k < 0 || !/:\s*["“]?\s*$/u.test(toks[k].post)) return undefined;
  // The clause before the colon: its first finite verb, active and affirmed, with no verb, relative or
  // quotation before it ("Bo Lind, who called it “a farce”, wrote:" is no clause of this kind).
  const c = ch.findIndex((x) => x.kind === 'VG' && x.finite && x.to < k);
  const vg = ch[c];
  if (!vg || vg.passive || vg.negated) return undefined;
  if (ch.slice(0, c).some((x) => x.kind === 'REL' || x.kind === 'VG') || view.quotes.some(([a]) => a < q[0]))
    return undefined;
  const found = (speaker: string | undefined) =>
    speaker && isSpeaker(speaker) ? { speaker, lemma: vg.lemma, cue: vg } : undefined;
  const n = ch.findIndex((x) => x.kind === 'NP' && x.from > vg.to && x.to < k && STATEMENT_HEADS.has(x.headWord));
  if (n >= 0 && ch[n + 1]?.kind === 'PREP' && toks[ch[n + 1].from].normal === 'from' && ch[n + 2]?.kind === 'NP')
    return found(npEntity(ch[n + 2]));
  const subj = subjectOf(view, c, 0, 'all');
  return subj?.how === 'direct' ? found(speakerOf(subj.np)) : undefined;
}

/** Spans for the quotations of a sentence that a colon opens after a main clause, when no span has them. */
export function colonQuotes(
  view: SentenceView,
  spans: readonly SpeechSpan[],
  isSpeaker: (id?: string) => boolean,
  quoteText: (view: SentenceView, q: [number, number]) => string,
): SpeechSpan[] {
  const out: SpeechSpan[] = [];
  for (const q of view.quotes) {
    if (spans.some((sp) => sp.from <= q[1] && sp.to >= q[0])) continue;
    if (!holdsClause(view, q)) continue;
    const clause = colonClause(view, q, isSpeaker);
    if (!clause) continue;
    out.push({
      speaker: clause.speaker,
      lemma: clause.lemma,
      cueFrom: clause.cue.from,
      cueTo: clause.cue.to,
      from: q[0],
      to: q[1],
      quote: quoteText(view, q),
      weak: true,
    });
  }
  return out;
}
