// A sentence that ends on an abbreviation ("at 9 a.m.", "bought Beta Ltd.", "pears etc.") runs into the next
// one for the parser, which reads the period as the abbreviation's own; a claim or an edge then spans both.
// Where the next word is one that opens a sentence (a capitalised article, pronoun or conjunction: "The",
// "He", "But"), the space after the period becomes a line break, which ends the sentence (same length,
// nothing shifts). A name after it stays ambiguous ("at 9 a.m. Thailand time", "Acme Inc. chief Tom Hale").

/** Abbreviations a sentence often ends on. */
const ABBREVIATIONS = 'a\\.m|p\\.m|etc|Ltd|Inc|Corp|Co|Bros|Plc|PLC|LLC|Jr|Sr';
/** Capitalised words that open a sentence and never continue a name. */
const OPENERS =
  'The|A|An|He|She|It|They|We|I|You|This|That|These|Those|His|Her|Its|Their|Our|There|But|And|So|However|Meanwhile|Later|Earlier|Then|In|On|After|When|While|If';
const END = new RegExp(`(?<=(?:^|[^\\p{L}.])(?:${ABBREVIATIONS})\\.) (?=(?:${OPENERS})\\b)`, 'gu');

/** The text with a line break after each abbreviation that ends a sentence. */
export function endSentencesAfterAbbreviations(text: string): string {
  return text.replace(END, '\n');
}
