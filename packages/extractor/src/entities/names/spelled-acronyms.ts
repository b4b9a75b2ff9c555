// "The World Health Organization declared … WHO Director-General Tedros said": capitals that spell the initials of a
// name the text writes in full are that name's acronym wherever they stand, also when they spell a function
// word ("WHO") the name finder would otherwise pass over. The acronym merge rule then joins the two.
import type { Token } from '../../tokens.js';
import { initials } from './name-key.js';
import { isCap, quiet } from './name-tokens.js';

const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&']);
const CAPITALS = /^\p{Lu}{2,6}$/u;

/** The initials ("of" counted or not, in capitals) of every run of two or more capitalised words. */
function writtenInitials(bySentence: Token[][]): Set<string> {
  const out = new Set<string>();
  for (const row of bySentence) {
    let k = 0;
    while (k < row.length) {
      if (!isCap(row[k]) || CAPITALS.test(row[k].text)) {
        k++;
        continue;
      }
      let end = k;
      while (end + 1 < row.length && quiet(row[end], row[end + 1])) {
        const next = row[end + 1];
        if (isCap(next) && !CAPITALS.test(next.text)) end++;
        else if (CONNECTORS.has(next.normal) && row[end + 2] && isCap(row[end + 2]) && quiet(next, row[end + 2]))
          end += 2;
        else break;
      }
      const words = row.slice(k, end + 1).map((t) => t.text);
      if (words.filter((w) => !CONNECTORS.has(w.toLowerCase())).length >= 2)
        for (const keepOf of [false, true]) out.add(initials(words.join(' '), keepOf).toUpperCase());
      k = end + 1;
    }
  }
  return out;
}

/** Tokens in capitals that spell a written name's initials. */
export function spelledAcronyms(bySentence: Token[][]): Set<string> {
  const spelt = writtenInitials(bySentence);
  const out = new Set<string>();
  for (const row of bySentence) for (const t of row) if (CAPITALS.test(t.text) && spelt.has(t.text)) out.add(t.text);
  return out;
}
