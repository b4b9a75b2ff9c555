// Where a modified noun phrase starts: walks left from its last chunk across "of"-phrases, the infinitive
// of a plan noun, reduced participles and lists inside a prepositional phrase, so that the head, not a modifier, fills the argument slot.
import type { Chunk } from './chunks.js';
import { takesInfinitive } from './control-nouns.js';
import { OFFICE_TYPES, nounType } from './vocabulary.js';

/** Leftmost NP of an "NP (PREP NP)*" run ending at chunk index j: the head of a modified phrase. */
export function headOfRun(ch: Chunk[], j: number): number {
  const last = j;
  for (;;) {
    if (
      j - 2 >= 0 &&
      ch[j - 1].kind === 'PREP' &&
      ch[j - 2].kind === 'NP' &&
      !ch[j - 2].breakAfter &&
      !ch[j - 1].breakAfter
    )
      j -= 2;
    // Across the infinitive of a decision or plan noun: "Germany's decision to ban Mahan Air surprised Iran".
    else if (
      j - 3 >= 0 &&
      ch[j - 1].kind === 'VG' &&
      !ch[j - 1].finite &&
      !ch[j - 1].gerund &&
      ch[j - 2].kind === 'PREP' &&
      ch[j - 2].to === ch[j - 1].from - 1 &&
      ch[j - 3].kind === 'NP' &&
      takesInfinitive(ch[j - 3].headWord) &&
      !ch[j - 3].breakAfter &&
      !ch[j - 2].breakAfter &&
      !ch[j - 1].breakAfter
    )
      j -= 3;
    // Across a reduced participle: "firms linked to Huawei".
    else if (
      j - 3 >= 0 &&
      ch[j - 1].kind === 'PREP' &&
      isBareParticiple(ch[j - 2]) &&
      ch[j - 3].kind === 'NP' &&
      !ch[j - 3].breakAfter &&
      !ch[j - 2].breakAfter
    )
      j -= 3;
    // Across a list inside the prepositional phrase: "Pell Group's wins in Ohio, Texas, and Utah left …"
    // is headed by "wins", not by the list's last item.
    else if (j === last && listInPrepositionAt(ch, j) >= 0) j = listInPrepositionAt(ch, j);
    else return j;
  }
}

/** When chunk j ends an "and/or" list that is the object of a preposition after a phrase ("wins in Ohio and
 * Utah", "wins in Ohio, Texas, and Utah"): the index of that phrase; else -1. Commas make a list only with
 * three items or more (", and he lived" coordinates clauses); "of" is left alone, as its object may be
 * what the phrase names ("the nations of Bahrain and Kosovo"), but after a role ("the head of Acme and Beta"). */
function listInPrepositionAt(ch: Chunk[], j: number): number {
  const k = listFirstItem(ch, j);
  // (also with no comma before "and": "Officials in Gallup, Zuni and Española said …")
  if (k < 0 || (ch[j - 2].breakAfter && k === j - 2)) return -1;
  const prep = ch[k - 1];
  const head = ch[k - 2];
  // ("The head of Acme Corp and Beta Holdings praised …": a role's "of" list names whose role it is)
  const of = prep?.headWord === 'of' && !OFFICE_TYPES.has(nounType(head?.headWord ?? '') ?? '');
  return prep?.kind === 'PREP' && !of && !prep.breakAfter && head?.kind === 'NP' && !head.breakAfter ? k - 2 : -1;
}

/** A lone participle verb group ("linked", "based"), the verb of a reduced relative. */
export const isBareParticiple = (c: Chunk) => c.kind === 'VG' && c.from === c.to && c.participle;

/** The first item of the "and/or" list that chunk j ends ("Ohio, Texas and Utah", "Ohio and Utah"), or -1; items
 * before the last two end in a break (`separated`: any break, or as the caller asks). */
export function listFirstItem(ch: Chunk[], j: number, separated = (c: Chunk) => c.breakAfter): number {
  const conj = ch[j - 1];
  if (conj?.kind !== 'CONJ' || !['and', 'or'].includes(conj.headWord) || ch[j - 2]?.kind !== 'NP') return -1;
  let k = j - 2;
  while (ch[k - 1]?.kind === 'NP' && separated(ch[k - 1])) k--;
  return k;
}
