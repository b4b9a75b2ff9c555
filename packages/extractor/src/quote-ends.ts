// Sentence ends that compromise's splitter misses: a full stop, question or exclamation mark inside closing
// quotation marks, then a capitalised word ("The office tweeted the response “required all hands on deck.”
// Authorities stated …"). compromise cuts only where whitespace follows the mark itself, so it parsed the next
// sentence as part of the quotation's, tagging its first word mid-sentence, and claims and pronouns ran on
// into it. A curly closing quote always closes; a straight one when the straight quotes of its paragraph so
// far pair up. A quotation that goes on after its mark in lower case ('he said "no sir." and left') stays one
// sentence, as compromise keeps it; so does one whose speaker follows it with no quotation of their own
// (`"… a trial." Pelosi said.`): written with a full stop for the comma, that is the quotation's attribution.

// After a word's last letter or digit (not an initial's "B." or an acronym's "U.S."; a Roman numeral of two
// letters or more after a word is a name's: "World War III."), the mark and closing quote, then whitespace and
// a capital, quoted or not.
const QUOTE_END = /(?<=(?:[\p{Ll}\p{N})\]]|\s(?:II|III|IV|VI|VII|VIII|IX|XI|XII))[.!?…]+(["”]))\s+(?=["“]?\p{Lu})/gu;
// The whole rest of the sentence: one to three capitalised words (a name, "He"), a verb of saying, and at
// most six more words (a listener, a time, a medium: "told the world on Thursday via Twitter"), no "that".
const ATTRIBUTION =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:said|says|told|tells|added|adds|wrote|writes|stated|states|tweeted|explained|continued|remarked|noted|replied|asked|declared|insisted)(?:\s+(?!that\b)[^\s"“”]+){0,6}[.!?]?\s*$/u;

const straightQuotes = (s: string) => (s.match(/"/g) ?? []).length;

/** compromise's `sentences` (of one text, in order), each cut after a quotation that ends a sentence; whitespace
 * stays at the end of the piece before. Straight quotes pair up across the sentences of a paragraph, since
 * compromise cuts inside a quotation ("… at a time." Doug Miller of Milltech Marine told …). */
export function splitQuoteEnds(sentences: string[]): string[] {
  const out: string[] = [];
  let open = 0;
  for (const sentence of sentences) {
    let from = 0;
    for (const m of sentence.matchAll(QUOTE_END)) {
      const end = m.index + m[0].length;
      if (m[1] === '"' && (open + straightQuotes(sentence.slice(0, m.index))) % 2 !== 0) continue;
      if (ATTRIBUTION.test(sentence.slice(end))) continue;
      out.push(sentence.slice(from, end));
      from = end;
    }
    out.push(sentence.slice(from));
    // A paragraph opens its quotations afresh (a quotation running on opens again in the next one).
    open = /\n/.test(sentence) ? 0 : open + straightQuotes(sentence);
  }
  return out;
}
