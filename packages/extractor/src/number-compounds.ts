// Number compounds before a noun: "the two-time champion", "a five-year contract", "a 30-year-old man". The
// tagger reads the word after the numeral's hyphen as a verb ("time", "contract" after "five-year"), so the
// chunker opened a verb group inside the noun phrase and the champion named after it was no verb's object.
// The hyphened word is a modifier; a present-tense verb reading right after it is the phrase's noun.
import type { Token } from './tokens.js';
import { numberWord } from './common-word.js';

const HYPHEN = /^[-‐]$/;

/** Retags the words of number compounds in one sentence's tokens, in place. */
export function retagNumberCompounds(row: Token[]): void {
  for (let k = 1; k < row.length; k++) {
    // (the hyphen and the tag first: every token of every sentence passes here, and numberWord asks the lexicon)
    if (!HYPHEN.test(row[k - 1].post) || !row[k - 1].tags.has('Value')) continue;
    if (!/^\d+$/.test(row[k - 1].text) && !numberWord(row[k - 1].normal)) continue;
    // "30-year-old": the compound may run on over a second hyphen.
    let end = k;
    while (HYPHEN.test(row[end].post) && row[end + 1] && /^\p{Ll}+$/u.test(row[end + 1].text)) end++;
    for (let j = k; j <= end; j++) if (row[j].tags.has('Verb')) row[j].tags = new Set(['Adjective', 'Hyphenated']);
    const next = row[end + 1];
    const verbOnly = (t: Token) =>
      t.tags.has('Verb') && !t.tags.has('PastTense') && !t.tags.has('Gerund') && !t.tags.has('Copula');
    if (next && !/\S/.test(row[end].post) && /^\p{Ll}+$/u.test(next.text) && verbOnly(next))
      next.tags = new Set(['Noun', 'Singular']);
    k = end;
  }
}
