// Where a modified noun phrase starts: walks left from its last chunk across "of"-phrases, the infinitive
// of a plan noun and reduced participles, so that the head, not a modifier, fills the argument slot.
import type { Chunk } from './chunks.js';
import { takesInfinitive } from './control-nouns.js';

/** Leftmost NP of an "NP (PREP NP)*" run ending at chunk index j: the head of a modified phrase. */
export function headOfRun(ch: Chunk[], j: number): number {
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
    else return j;
  }
}

/** A lone participle verb group ("linked", "based"), the verb of a reduced relative. */
export const isBareParticiple = (c: Chunk) => c.kind === 'VG' && c.from === c.to && c.participle;
