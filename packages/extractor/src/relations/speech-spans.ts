// Reported speech in a sentence: who speaks (the subject of a "say"-type verb, the name after an inverted
// "said", or the object of "according to"), and which tokens are theirs (the quotation, or the clause
// after/before the verb). The speaker is a person, organisation or place, never a concept.
import { npEntity, subjectOf } from './clause-roles.js';
import { SPEAKER_TYPES } from './edge-gate.js';
import type { SentenceView } from './sentence-view.js';
import { verbType } from './vocabulary.js';

export interface SpeechSpan {
  speaker: string;
  /** Lemma of the reporting verb ("say", "announce", "according to"). */
  lemma: string;
  /** Token range of the reporting expression (verb group or "according to"). */
  cueFrom: number;
  cueTo: number;
  /** Token range of what was said. */
  from: number;
  to: number;
  /** The quotation text when the speech is quoted directly. */
  quote?: string;
}

const quoteText = (view: SentenceView, [a, b]: [number, number]) =>
  view.slice(a, b).replace(/^[“"\s]+|[”"\s,.]+$/gu, '');

export function speechSpans(view: SentenceView): SpeechSpan[] {
  const out: SpeechSpan[] = [];
  const ch = view.chunks;
  const isSpeaker = (id: string | undefined): id is string => !!id && SPEAKER_TYPES.has(view.types.get(id) ?? '');
  ch.forEach((vg, c) => {
    if (vg.kind !== 'VG' || vg.passive || verbType(vg.lemma) !== 'SAYS') return;
    const subj = subjectOf(view, c);
    let speakerNp = isSpeaker(npEntity(subj?.np)) ? subj?.np : undefined;
    // Inverted attribution: "…,” said Xi.
    if (!speakerNp && ch[c + 1]?.kind === 'NP' && (c === 0 || ch[c - 1].breakAfter)) speakerNp = ch[c + 1];
    const speaker = npEntity(speakerNp);
    if (!isSpeaker(speaker) || !speakerNp) return;
    const left = Math.min(speakerNp.from, vg.from);
    const right = Math.max(speakerNp.to, vg.to);
    const base = { speaker, lemma: vg.lemma, cueFrom: vg.from, cueTo: vg.to };
    const quote =
      view.quotes.find(([, b]) => b < left && left - b <= 2) ?? view.quotes.find(([a]) => a > right && a - right <= 3);
    if (quote) {
      out.push({ ...base, from: quote[0], to: quote[1], quote: quoteText(view, quote) });
      return;
    }
    let from = vg.to + 1;
    if (view.toks[from]?.normal === 'that') from++;
    const hasClause = ch.some((k, i) => i > c && k.kind === 'VG');
    if (from < view.toks.length && hasClause && !vg.breakAfter && right === vg.to) {
      out.push({ ...base, from, to: view.toks.length - 1 });
      return;
    }
    // "…, he said." — the speech is what precedes the attribution, a clause ("China's leader, Xi, spoke" is none).
    const clauseBefore = ch.some((k) => k.kind === 'VG' && k.to < left);
    if (left > 0 && clauseBefore && right >= view.toks.length - 2 && /[,]/.test(view.toks[left - 1].post))
      out.push({ ...base, from: 0, to: left - 1 });
  });
  out.push(...accordingTo(view, isSpeaker));
  return out;
}

/** "According to X, …" / "…, according to X." */
function accordingTo(view: SentenceView, isSpeaker: (id: string | undefined) => id is string): SpeechSpan[] {
  const out: SpeechSpan[] = [];
  const toks = view.toks;
  for (let k = 0; k + 2 < toks.length; k++) {
    if (toks[k].normal !== 'according' || toks[k + 1].normal !== 'to') continue;
    const np = view.chunks.find((c) => c.kind === 'NP' && c.from === k + 2);
    const speaker = npEntity(np);
    if (!np || !isSpeaker(speaker)) continue;
    const base = { speaker, lemma: 'according to', cueFrom: k, cueTo: np.to };
    if (k === 0 && np.breakAfter && np.to + 1 < toks.length)
      out.push({ ...base, from: np.to + 1, to: toks.length - 1 });
    else if (k > 0 && np.to >= toks.length - 2) out.push({ ...base, from: 0, to: k - 1 });
  }
  return out;
}
