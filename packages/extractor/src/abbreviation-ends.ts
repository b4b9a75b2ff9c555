// Sentence ends that compromise's splitter misses after an abbreviation: it reads the period of "at 9 a.m.",
// "bought Beta Ltd." or "pears etc." as the abbreviation's own, so the next sentence ran into that one and a
// claim or an edge spanned both. Where the next word opens sentences (a capitalised article, pronoun,
// conjunction: "The", "He", "But"), the sentence ends after the period. So it does before a person's full name
// ("sued by Beta Ltd. Ann Cole said …": no noun phrase runs from a company straight into a person). Another name
// after it stays ambiguous ("at 9 a.m. Oslo time", "Acme Inc. chief Tom Hale") and is left as compromise keeps it.
import { givenName } from './lexicon-tags.js';

/** Abbreviations a sentence often ends on (a US state's after a town among them), and the Roman numerals of
 * names ("World War I.", "Henry V."), which the splitter takes for an initial. */
const ABBREVIATIONS = [
  'a\\.m|p\\.m|etc|Ltd|Inc|Corp|Co|Bros|Plc|PLC|LLC|Jr|Sr|I|II|III|IV|V|VI|VII|VIII|IX|X',
  // US states as news abbreviates them after a town ("in Tampa, Fla. He …": lexicon/state-abbreviations.ts)
  'Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kans?|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa',
  'Tenn|Vt|Va|Wash|Wis|Wyo|N\\.[HJMYCD]|R\\.I|S\\.[CD]|W\\.Va',
].join('|');
/** Capitalised words that open a sentence and never continue a name. */
const OPENERS = `The|A|An|He|She|It|They|We|I|You|This|That|These|Those|His|Her|Its|Their|Our|There|But|And|So|However|
  Meanwhile|Later|Earlier|Then|In|On|After|When|While|If`.replace(/\s+/g, '');
// (after a whole word: "DeCo." is no "Co.")
const AFTER_ABBREVIATION = `(?<=(?:^|[^\\p{L}.])(?:${ABBREVIATIONS})\\.)\\s+`;
const END = new RegExp(`${AFTER_ABBREVIATION}(?=(?:${OPENERS})\\b)`, 'gu');
/** A capitalised word, then another: a given name and a surname when the lexicon knows the first as a given name. */
const NAME_NEXT = new RegExp(`${AFTER_ABBREVIATION}(?=(\\p{Lu}\\p{Ll}+) \\p{Lu}\\p{Ll})`, 'gu');

/** compromise's `sentences` (of one text, in order), each cut after an abbreviation that ends a sentence;
 * whitespace stays at the end of the piece before. */
export function splitAbbreviationEnds(sentences: string[]): string[] {
  return sentences.flatMap((sentence) => {
    const out: string[] = [];
    let from = 0;
    const names = [...sentence.matchAll(NAME_NEXT)].filter((m) => givenName(m[1]));
    const cuts = [...sentence.matchAll(END), ...names].sort((a, b) => a.index - b.index);
    for (const m of cuts) {
      const end = m.index + m[0].length;
      out.push(sentence.slice(from, end));
      from = end;
    }
    out.push(sentence.slice(from));
    return out;
  });
}
