// "Tom Hale, while denying that Acme Corp bought Beta Ltd, resigned": a gerund of saying in a clause of time set
// off by commas belongs to the main clause's subject, and what it says ends with the clause (its comma). Left
// unread, the denied purchase stood as an affirmed fact.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';

/** Words opening a gerund clause of time ("when announcing …"). */
export const TIME_SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'upon', 'since']);

/** The gerund at chunk c opens a clause of time: "while denying …". */
export const timeGerund = (view: SentenceView, c: number): boolean =>
  !!view.chunks[c].gerund &&
  !view.chunks[c].finite &&
  view.chunks[c - 1]?.kind === 'SUB' &&
  TIME_SUBORDINATORS.has(view.toks[view.chunks[c - 1].from].normal);

/** The main clause's subject of a time gerund at chunk c, set off by commas before it ("Tom Hale, while denying
 * …, resigned"). (A clause opening the sentence, "After saying …, Tom Hale left", has its subject after it, where
 * speech-spans looks for no speaker.) */
export function timeGerundSubject(view: SentenceView, c: number): { np: Chunk; how: 'direct' } | undefined {
  const ch = view.chunks;
  if (!timeGerund(view, c)) return undefined;
  const before = ch[c - 2];
  return before?.kind === 'NP' && before.breakAfter && !ch.slice(0, c - 2).some((x) => x.kind === 'VG')
    ? { np: before, how: 'direct' }
    : undefined;
}

/** The last token of a time gerund's clause from token `from`: before its comma, or `end`. */
export function timeClauseEnd(view: SentenceView, from: number, end: number): number {
  for (let k = from; k < end; k++) if (/,/.test(view.toks[k].post)) return k;
  return end;
}
