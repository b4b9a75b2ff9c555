// commonWord(): is a word an ordinary English word rather than a surname? Asked of compromise's lexicon, so
// "Fire", "Research", "May" and "John" (a given name) are common, while "Trump", "Erdoğan" and "Webb" (a
// known last name) are not. Stores use it before resolving a lone capitalised word to a person's full name.
// ordinaryWord() asks compromise's tagger of the word alone, for words its lexicon does not list ("Natural").
import nlp from 'compromise';
import { givenName, lexiconTags } from './lexicon-tags.js';

/** Tags that mark a lexicon word as a possible surname. */
const SURNAME_TAGS = new Set(['LastName', 'Person']);

export function commonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => SURNAME_TAGS.has(t));
}

/** The word parsed alone is a common word: no proper noun, no given name ("Security", "National"). */
export function commonAlone(word: string): boolean {
  const tags = aloneTags(word);
  return !givenName(word) && !!tags?.length && !tags.some((t) => /ProperNoun|Person|Place|Organization/.test(t));
}

/** Tags of a word parsed alone that make it no given name: "Natural Law", "End Of Life", "French Wikinews". */
const NOT_NAME_TAGS = ['Adjective', 'Verb', 'Demonym', 'Adverb', 'Determiner', 'Preposition', 'Conjunction'];

/** The word, parsed alone, is an adjective, verb, demonym or function word, and no given name. */
export function ordinaryWord(word: string): boolean {
  if (givenName(word)) return false;
  const tags = aloneTags(word);
  return !!tags && tags.some((t) => NOT_NAME_TAGS.includes(t));
}

// Parsing a word alone costs a parse; the same few words are asked again and again.
const ALONE = new Map<string, string[] | undefined>();

/** The tags compromise gives `word` (lower-cased) parsed by itself; undefined when it is not one term. */
export function aloneTags(word: string): string[] | undefined {
  const key = word.toLowerCase();
  if (ALONE.has(key)) return ALONE.get(key);
  const terms = (nlp(key).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms ?? [];
  const tags = terms.length === 1 ? terms[0].tags : undefined;
  if (ALONE.size > 5000) ALONE.clear();
  ALONE.set(key, tags);
  return tags;
}

/** A word that spells a number ("zero", "seven", "million", "first"), whatever a sentence made of it. */
export function numberWord(word: string): boolean {
  return (aloneTags(word) ?? []).includes('Value');
}
