// Reported speech in a sentence: who speaks (the subject of a "say"-type verb, or the name after an
// inverted "said"), and which tokens are theirs (the quotation, or the clause after/before the verb).
import { npEntity, subjectOf } from './clause-roles.js';
import type { SentenceView } from './sentence-view.js';
import { verbType } from './vocabulary.js';

export interface SpeechSpan {
  speaker: string;
  /** The speech verb's chunk index. */
  verb: number;
  from: number;
  to: number;
  /** The quotation text when the speech is quoted directly. */
  quote?: string;
}

export function speechSpans(view: SentenceView): SpeechSpan[] {
  const out: SpeechSpan[] = [];
  const ch = view.chunks;
  ch.forEach((vg, c) => {
    if (vg.kind !== 'VG' || vg.passive || verbType(vg.lemma) !== 'SAYS') return;
    const subj = subjectOf(view, c);
    let speakerNp = subj?.np;
    // Inverted attribution: "…,” said Xi.
    if (!npEntity(speakerNp) && ch[c + 1]?.kind === 'NP' && (c === 0 || ch[c - 1].breakAfter)) speakerNp = ch[c + 1];
    const speaker = npEntity(speakerNp);
    if (!speaker || !speakerNp) return;
    const left = Math.min(speakerNp.from, vg.from);
    const right = Math.max(speakerNp.to, vg.to);
    const quote =
      view.quotes.find(([, b]) => b < left && left - b <= 2) ?? view.quotes.find(([a]) => a > right && a - right <= 3);
    if (quote) {
      const text = view.slice(quote[0], quote[1]).replace(/^[“"\s]+|[”"\s,.]+$/gu, '');
      out.push({ speaker, verb: c, from: quote[0], to: quote[1], quote: text });
      return;
    }
    let from = vg.to + 1;
    if (view.toks[from]?.normal === 'that') from++;
    const hasClause = ch.some((k, i) => i > c && k.kind === 'VG');
    if (from < view.toks.length && hasClause && !vg.breakAfter) {
      out.push({ speaker, verb: c, from, to: view.toks.length - 1 });
      return;
    }
    // "…, he said." — the speech is what precedes the attribution.
    if (left > 0 && right >= view.toks.length - 2 && view.toks[left - 1] && /[,]/.test(view.toks[left - 1].post))
      out.push({ speaker, verb: c, from: 0, to: left - 1 });
  });
  return out;
}
