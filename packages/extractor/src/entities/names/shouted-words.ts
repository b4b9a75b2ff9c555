// Emphasis in capitals: "We will get through this TOGETHER!", "I WON THIS ELECTION, BY A LOT!", "THE USA IS
// GREAT!". Such a word became an organisation named "TOGETHER" or "ELECTION". Acronyms that spell ordinary words
// ("the PALM trial", "observed with SPHERE", "the LESS coating") stand in plain sentences and stay names.
import type { Token } from '../../tokens.js';
import { commonAlone, commonWord } from '../../common-word.js';

const CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * `t`, a word in capitals that is an ordinary word parsed alone, ends an exclamation ("TOGETHER!") or stands,
 * in a sentence with an exclamation mark, next to another capitalised word the lexicon knows as an ordinary
 * word ("WON THIS ELECTION").
 */
export function shoutedWord(t: Token, row: readonly Token[]): boolean {
  if (!/^\p{Lu}{3,}$/u.test(t.text) || !commonAlone(t.normal)) return false;
  if (/^\S*!/.test(t.post)) return true;
  if (!row.some((x) => x.post.includes('!'))) return false;
  const near = [row[t.pos - 1], row[t.pos + 1]];
  return near.some((x) => !!x && CAPITALS.test(x.text) && commonWord(x.normal));
}
