// Possessives inside names: "Campbell's Soup" is the name "Campbell Soup" when the text also writes it so
// (a possessive otherwise ends a name: "Germany's economy"). Joins the two spans the possessive split.
import type { NameSpan } from '../spans.js';
import { makeSpan } from './split-run.js';
import { nameKey } from './name-key.js';

export function joinPossessiveNames(spans: NameSpan[], text: string): NameSpan[] {
  const keys = new Set(spans.map((s) => nameKey(s.text)));
  const out: NameSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    const last = a.tokens[a.tokens.length - 1];
    if (
      b &&
      /['’]s$/.test(last.text) &&
      b.tokens[0].i === last.i + 1 &&
      !/\S/.test(last.post) &&
      !a.title &&
      !b.title
    ) {
      const joined = makeSpan([...a.tokens, ...b.tokens], text);
      if (joined && keys.has(nameKey(joined.text))) {
        out.push({ ...joined, ...(a.work || b.work ? { work: true } : {}) });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
