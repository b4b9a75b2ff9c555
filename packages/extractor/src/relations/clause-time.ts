// The time argument of a verb: the time expression in the verb's own clause ("Acme bought Beta on Monday",
// "Last year, Acme bought Beta"), resolved against the article's date in the verb's tense. An expression
// in another clause ("Gamma, who resigned on Monday, founded Acme") is not this verb's time.
import type { TimeRef } from '../types.js';
import type { Chunk } from './chunks.js';
import { resolveTime, type Tense } from './resolve-time.js';
import type { SentenceView } from './sentence-view.js';
import { sentenceTimes, type TimeExpression } from './time-expressions.js';

/** Words in a verb group that put the event after the article's date. */
const FUTURE_WORDS = new Set(['will', 'shall', "'ll", 'wo']);
const FUTURE_LEMMAS = new Set(['plan', 'intend', 'schedule', 'expect', 'aim', 'hope', 'due', 'set', 'go']);

export const timeExpressionsOf = (view: SentenceView): TimeExpression[] => sentenceTimes(view.toks);

export function tenseOf(view: SentenceView, vg: Chunk): Tense {
  const words = view.toks.slice(vg.from, vg.to + 1).map((t) => t.normal);
  if (words.some((w) => FUTURE_WORDS.has(w))) return 'future';
  // "is scheduled to meet", "plans to visit": the event is still to come.
  if (words.includes('to') && vg.lemmas.some((l) => FUTURE_LEMMAS.has(l))) return 'future';
  return 'past';
}

const opensClause = (c: Chunk) => c.kind === 'REL' || c.kind === 'SUB' || c.kind === 'COMP';

/** Last chunk of a sentence-opening adverbial that ends in a comma ("Earlier this year, …"), or -1. */
export function frontedEnd(ch: Chunk[]): number {
  for (let k = 0; k < ch.length && k < 8; k++) {
    if (ch[k].kind === 'VG' || ch[k].kind === 'REL' || ch[k].kind === 'SUB') return -1;
    if (ch[k].breakAfter) return k;
  }
  return -1;
}

/** Chunk range [from, to] of the clause around verb group `c`. */
function clauseOf(view: SentenceView, c: number): [number, number] {
  const ch = view.chunks;
  let from = c;
  while (from > 0) {
    const prev = ch[from - 1];
    if (opensClause(prev) || prev.breakAfter || prev.kind === 'VG') break;
    from--;
  }
  // Right after another verb, what precedes this one is that verb's (its object or time) except for this
  // verb's own subject: "said Tuesday it had acquired …".
  if (from > 0 && ch[from - 1].kind === 'VG') {
    let s = c - 1;
    while (s > from && ch[s].kind === 'ADV') s--;
    from = ch[s]?.kind === 'NP' && s >= from ? s : c;
  }
  // An opening clause marker belongs to its clause: "who resigned on Monday".
  let to = c;
  while (!ch[to].breakAfter && to + 1 < ch.length) {
    const next = ch[to + 1];
    if (opensClause(next) || (next.kind === 'VG' && next.finite)) break;
    if (next.kind === 'CONJ' && ch[to + 2]?.kind === 'VG') break;
    to++;
  }
  // "Last year, Acme bought Beta", "On Monday, in a statement, Acme said": a fronted time belongs to the
  // first clause after it ("Gunzburger, a lawyer since 1988, founded …" fronts no time).
  const lead = frontedEnd(ch);
  const frontedTime = lead >= 0 && timeExpressionsOf(view).some((t) => t.from <= ch[lead].to);
  if (frontedTime && from > lead && !ch.slice(lead + 1, from).some((k) => k.kind === 'VG' || opensClause(k))) from = 0;
  return [from, to];
}

/** The time of the clause around verb group `vg` (a chunk of `view`), or undefined when it names none;
 * `outside` leaves out the expressions within a token range (what a speaker said is not when they said it). */
export function clauseTime(
  view: SentenceView,
  vg: Chunk,
  articleDate?: string,
  outside?: [number, number],
): TimeRef | undefined {
  const times = timeExpressionsOf(view);
  if (!times.length) return undefined;
  const ch = view.chunks;
  const c = ch.indexOf(vg);
  if (c < 0) return undefined;
  const [from, to] = clauseOf(view, c);
  const inside = times.filter(
    (t) => t.from >= ch[from].from && t.from <= ch[to].to && !(outside && t.from >= outside[0] && t.from <= outside[1]),
  );
  if (!inside.length) return undefined;
  // The nearest to the verb when a clause names two ("on Monday … since 2019").
  const best = inside.reduce((a, b) => (Math.abs(b.from - vg.from) < Math.abs(a.from - vg.from) ? b : a));
  const text = view.slice(best.from, best.to).replace(/[\s,.;:]+$/u, '');
  const value = resolveTime(best.meaning, articleDate, tenseOf(view, vg));
  return { text, ...(value ? { value } : {}) };
}
