// "Ann Vole said the pipeline is unnecessary, the Cyprus Mail reported." / "…, according to Reuters.": the
// source named at the end reports the whole sentence; what Ann Vole said ends before that attribution.
import type { SpeechSpan } from './speech-spans.js';

/** Each span cut before a later attribution that reports the words before it (its own span starts no later). */
export function withoutTrailingSource(spans: readonly SpeechSpan[]): SpeechSpan[] {
  return spans.map((s) => {
    if (s.quote) return s;
    const outer = spans.find(
      (t) =>
        t !== s && t.speaker !== s.speaker && t.from <= s.from && t.cueFrom > s.from && t.to < s.to && t.to >= s.from,
    );
    return outer ? { ...s, to: outer.to } : s;
  });
}
