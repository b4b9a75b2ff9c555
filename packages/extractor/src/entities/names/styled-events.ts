// Happenings capitalised by style: "the 2020 US Presidential Election", "with the Coronavirus Pandemic
// ongoing", "a raging COVID-19 Pandemic". An election or an epidemic word the article also writes in lower case,
// ending a span of ordinary words, names no body or thing: the span goes (the lower-case mentions keep
// their own nodes). After a name, only the word goes: "COVID-19 Pandemic" → COVID-19, the disease, with
// "pandemic" after it for typing/disease-cues.ts.
import type { NameSpan } from '../spans.js';
import type { Token } from '../../tokens.js';
import { makeSpan } from './split-run.js';
import { commonNoun, unnamedWord } from './common-nouns.js';
import { plainAdjective } from './adjective-alone.js';
import { lower } from './name-tokens.js';

const HEADS = new Set(['election', 'elections', 'pandemic', 'epidemic', 'outbreak']);

/** `lowered`: the words the article writes in lower case (lowerCaseWords). */
export function dropStyledEvents(spans: NameSpan[], lowered: Set<string>, text: string): NameSpan[] {
  const plain = (t: Token) => unnamedWord(t) && (commonNoun(t, lowered) || plainAdjective(t.text));
  const out: NameSpan[] = [];
  for (const s of spans) {
    const last = s.tokens[s.tokens.length - 1];
    if (s.work || !/^\p{Lu}\p{Ll}+$/u.test(last.text) || !HEADS.has(lower(last)) || !lowered.has(lower(last))) {
      out.push(s);
      continue;
    }
    const before = s.tokens.slice(0, -1);
    if (before.every(plain)) continue;
    // ("Spanish Flu Pandemic": a name of ordinary words before the head keeps its whole span.)
    if (plain(before[before.length - 1])) {
      out.push(s);
      continue;
    }
    const kept = makeSpan(before, text);
    if (kept) out.push({ ...s, ...kept, nounAfter: lower(last) });
  }
  return out;
}
