// The words after a verb's object that finish what the verb says: "sentenced Tom Hale to life", "accused Ann
// Cole of lying", "granted Tom Hale a pardon". Without them an edge's text ("sentenced", "granted") leaves out
// the act; with them it reads "sentenced … to life".
import type { Chunk } from './chunks.js';
import type { SentenceView } from './sentence-view.js';
import { MAX_PREDICATE_WORDS } from './edge-gate.js';

/** Verbs whose object is followed by a preposition that completes them, by preposition. */
const FRAMES: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries({
    of: 'accuse convict acquit suspect clear warn notify inform remind rob strip',
    for: `criticize criticise praise blame thank fine punish sue condemn slam fault commend honor honour reward
      arrest jail prosecute investigate pardon reprimand penalize penalise`,
    from: 'ban bar exclude expel suspend remove oust release free disqualify exempt prevent stop block prohibit',
    with: 'charge credit threaten provide supply present arm',
    to: 'sentence',
    on: 'congratulate',
    in: 'hold keep place put',
    under: 'hold keep place put',
  }).map(([prep, verbs]) => [prep, new Set(verbs.split(/\s+/))]),
);
/** Verbs of giving whose second object is the thing given ("granted Tom Hale a full pardon"). */
export const GIVING_VERBS: ReadonlySet<string> = new Set(
  'grant award offer send hand pay lend loan promise deny refuse owe fine issue'.split(' '),
);
/** A phrase that names nothing but a topic ("a full pardon"): a named one is an argument of its own. */
const conceptOnly = (view: SentenceView, np: Chunk) => np.entities.every((e) => view.types.get(e) === 'Concept');

/** "a full and unconditional pardon", read as "a full" and "unconditional pardon": a phrase ending in an
 * adjective shares the noun of the phrase after "and"; where the phrase at chunk k ends. */
function sharedNounEnd(view: SentenceView, k: number): number {
  const [np, conj, more] = [view.chunks[k], view.chunks[k + 1], view.chunks[k + 2]];
  const last = view.toks[np.to].tags;
  const dangling = last.has('Adjective') && !last.has('Noun') && !np.breakAfter;
  return dangling && conj?.kind === 'CONJ' && view.toks[conj.from].normal === 'and' && more?.kind === 'NP'
    ? more.to
    : np.to;
}

/** "voted to hold two officials, Tom Hale and Ann Cole, in contempt": the objects at chunks up to k name, set off
 * by commas, the phrase right after the verb; the comma after them closes that aside, not the verb's phrase. */
function closesApposition(view: SentenceView, vg: Chunk, k: number): boolean {
  const ch = view.chunks;
  const v = ch.indexOf(vg);
  const comma = (c: Chunk) => c.breakAfter && /^,\s*$/.test(view.toks[c.to].post);
  if (v < 0 || k < v + 2 || ch[v + 1].kind !== 'NP' || !comma(ch[v + 1]) || !comma(ch[k])) return false;
  return ch.slice(v + 2, k + 1).every((c) => c.kind === 'NP' || c.kind === 'CONJ');
}

/** The words after `last` (the last of verb group `vg`'s coordinated direct objects) that finish the verb
 * ("to life", "a full pardon"), or undefined when none follow. */
export function complementAfter(view: SentenceView, vg: Chunk, last: Chunk | undefined): string | undefined {
  const ch = view.chunks;
  const k = last ? ch.indexOf(last) : -1;
  if (k < 0 || (last!.breakAfter && !closesApposition(view, vg, k))) return undefined;
  const [next, after] = [ch[k + 1], ch[k + 2]];
  let from = -1;
  let to = -1;
  // (a second noun phrase with a tensed verb of its own is a clause's subject: "told Ann Cole the plant would
  // close"; an infinitive says what the thing is for: "agreed to pay Beta Ltd $5 million to settle")
  if (
    next?.kind === 'NP' &&
    GIVING_VERBS.has(vg.lemma) &&
    conceptOnly(view, next) &&
    !(after?.kind === 'VG' && after.finite)
  )
    [from, to] = [next.from, sharedNounEnd(view, k + 1)];
  else if (next?.kind === 'PREP' && FRAMES[view.toks[next.from].normal]?.has(vg.lemma) && !next.breakAfter) {
    // "accused Ann Cole of misleading", "banned Acme Corp from the market": a gerund or the first noun phrase.
    if (after?.kind === 'VG' && after.gerund) [from, to] = [next.from, after.to];
    else if (after?.kind === 'NP') [from, to] = [next.from, sharedNounEnd(view, k + 2)];
  }
  // A phrase cut before its noun ("for his", "to twenty long") finishes nothing.
  const end = view.toks[to]?.tags;
  if (from < 0 || !end || end.has('Pronoun') || !(end.has('Noun') || end.has('Gerund') || end.has('Value')))
    return undefined;
  // "held Tom Hale in 2019", "praised Ann Cole on Monday": a time is when, not what finishes the verb ("to ten
  // years" is a length).
  if (end.has('Date') && !end.has('Duration')) return undefined;
  const tail = view.slice(from, to);
  // ("accused Tom Hale of “lying”": quoted words are the speaker's, and a predicate quotes nothing)
  return /[“”"]/.test(tail) ? undefined : tail;
}

/** The predicate text `text` with the complement `tail` (complementAfter), or `text` alone when there is none
 * or the whole would be too long to be a predicate. */
export function withComplement(text: string, tail: string | undefined): string {
  if (!tail) return text;
  const full = `${text} … ${tail}`;
  return full.split(/\s+/).length > MAX_PREDICATE_WORDS ? text : full;
}
