// Gerunds of saying in a clause of time. "Tom Hale, while denying that Acme Corp bought Beta Ltd, resigned": set
// off by commas, the gerund belongs to the main clause's subject, and what it says ends with the clause (its
// comma); left unread, the denied purchase stood as an affirmed fact. Right after a subject with no comma it
// says only its object.
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';

/** Words opening a gerund clause of time ("when announcing …"). */
const TIME_SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'upon', 'since']);

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

/** "Acme Corp when announcing the arrest in May identified him as …": a gerund after "when/while/…" right after a
 * subject, before its verb, says only its object; the clause after it is the main verb's. ("Tom Hale, after
 * saying Acme Corp bought Beta Ltd, left": set off by a comma, the gerund may take a clause; so it does after the
 * clause's own verb, "was met with applause upon announcing Adamowicz remained alive".) */
export function interruptingTimeGerund(view: SentenceView, c: number): boolean {
  const ch = view.chunks;
  const vg = ch[c];
  let clauseStart = c - 3;
  while (clauseStart >= 0 && !['CONJ', 'VG'].includes(ch[clauseStart].kind) && !ch[clauseStart].breakAfter)
    clauseStart--;
  const subjectBefore = ch[c - 2]?.kind === 'NP' && !ch[c - 2].breakAfter && ch[clauseStart]?.kind !== 'VG';
  if (!vg.gerund || vg.finite || !subjectBefore || !TIME_SUBORDINATORS.has(view.toks[ch[c - 1].from].normal))
    return false;
  const next = ch.findIndex((x, i) => i > c && !['NP', 'PREP', 'ADV'].includes(x.kind));
  return ch[next]?.kind === 'VG' && !!ch[next].finite;
}

/** The last token of a time gerund's clause from token `from`: before its comma, or `end`. */
export function timeClauseEnd(view: SentenceView, from: number, end: number): number {
  for (let k = from; k < end; k++) if (/,/.test(view.toks[k].post)) return k;
  return end;
}
