// commonWord(): is a word an ordinary English word rather than a surname? Asked of compromise's lexicon, so
// "Fire", "Research", "May" and "John" (a given name) are common, while "Trump", "Erdoğan" and "Webb" (a
// known last name) are not. Stores use it before resolving a lone capitalised word to a person's full name.
import { lexiconTags } from './lexicon-tags.js';

/** Tags that mark a lexicon word as a possible surname. */
const SURNAME_TAGS = new Set(['LastName', 'Person']);

export function commonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => SURNAME_TAGS.has(t));
}
