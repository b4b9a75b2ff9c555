// "COVID-19 … "COVI" stands for coronavirus, "D" for disease": a quoted piece cut from inside a word of another
// name of the text is that name being spelt out, not a name of its own. A whole word or a whole hyphened part
// ("NOVA" of "NOVA-7") is left alone, as is anything unquoted ("UN" beside "UNESCO").
import type { NameSpan } from '../spans.js';

const QUOTE_OPEN = /["“‘']$/;
const QUOTE_CLOSE = /^["”’']/;

export function withoutQuotedFragments(spans: NameSpan[], text: string): NameSpan[] {
  const words = new Set<string>();
  for (const s of spans) for (const w of s.text.split(/[\s\-–]+/)) if (w.length > 1) words.add(w);
  const fragment = (s: NameSpan) =>
    s.tokens.length === 1 &&
    QUOTE_OPEN.test(text.slice(Math.max(0, s.start - 1), s.start)) &&
    QUOTE_CLOSE.test(text.slice(s.end, s.end + 1)) &&
    [...words].some((w) => w !== s.text && w.includes(s.text));
  return spans.filter((s) => !fragment(s));
}
