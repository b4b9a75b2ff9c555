// A name the parse cut short where the article writes it whole elsewhere: "the League of Women voters developed"
// beside "the League of Women Voters", "Amazon Web services responding" beside "Amazon Web Services", "the
// Commission on Presidential Debates refuses" (the last word read as a verb). The shorter span made a node of
// its own ("League of Women") that split one body in two. A span whose next one or two words complete a longer
// name written elsewhere in the article (any case) takes them.
import type { Token } from '../../tokens.js';
import type { NameSpan } from '../spans.js';
import { nameKey } from './name-key.js';
import { makeSpan } from './split-run.js';

/** Words a span may take: letters only, after a single space. */
const WORD = /^\p{L}+$/u;

/** The span `s` with the one or two words after it that make a name in `whole`, or undefined. */
function completed(s: NameSpan, row: Token[], whole: Set<string>, taken: Set<number>, text: string) {
  const last = s.tokens[s.tokens.length - 1];
  if (/['’]s?$/.test(last.text)) return undefined;
  for (let k = 1; k <= 2; k++) {
    const more = row.slice(last.pos + 1, last.pos + 1 + k);
    if (more.length < k) break;
    const gap = [last, ...more].slice(0, -1).every((t) => t.post === ' ');
    if (!gap || !more.every((t) => WORD.test(t.text) && !taken.has(t.i))) break;
    if (!whole.has(nameKey(text.slice(s.start, more[k - 1].end)))) continue;
    const longer = makeSpan([...s.tokens, ...more], text);
    return longer ? { ...s, ...longer, nounAfter: undefined } : undefined;
  }
  return undefined;
}

/** Only a name never written alone: "CentOS governing board" beside "CentOS" and "CentOS Governing Board" is
 * the product's board or a board of the product, "Melbourne city council" is the city's. */
export function extendCutNames(spans: NameSpan[], bySentence: Token[][], text: string): NameSpan[] {
  const whole = new Set(spans.filter((s) => s.tokens.length >= 2).map((s) => nameKey(s.text)));
  if (!whole.size) return spans;
  const taken = new Set(spans.flatMap((s) => s.tokens.map((t) => t.i)));
  const longer = spans.map((s) => completed(s, bySentence[s.sentence] ?? [], whole, taken, text));
  const alone = new Set(spans.filter((_, n) => !longer[n]).map((s) => nameKey(s.text)));
  return spans.map((s, n) => (longer[n] && !alone.has(nameKey(s.text)) ? longer[n] : s));
}
