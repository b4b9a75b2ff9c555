// commonWord(): is a word an ordinary English word rather than a surname? Asked of compromise's lexicon, so
// "Fire", "Research", "May" and "John" (a given name) are common, while "Trump", "Erdoğan" and "Webb" (a
// known last name) are not. Stores use it before resolving a lone capitalised word to a person's full name.
import nlp from 'compromise';

const lexicon = (
  nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
).world().model.one.lexicon;

/** Tags that mark a lexicon word as a possible surname. */
const SURNAME_TAGS = new Set(['LastName', 'Person']);

export function commonWord(word: string): boolean {
  const tags = lexicon[word.toLowerCase()];
  if (tags === undefined) return false;
  return !(Array.isArray(tags) ? tags : [tags]).some((t) => SURNAME_TAGS.has(t));
}
