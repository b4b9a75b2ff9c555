// The tags compromise's lexicon gives a word out of context ("john" → MaleName, "hall" → Noun). The parse's
// own tags can differ (compromise tags every word of "Peter Hall" Place in a sentence): callers that need
// what a word is by itself ask here.
import nlp from 'compromise';

const lexicon = (
  nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
).world().model.one.lexicon;

const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

/** The lexicon's tags of `word` (lower-cased); empty when it does not know the word. */
export function lexiconTags(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** The lexicon knows `word` as a given name ("Peter", "Marc", "Ricardo"). */
export function givenName(word: string): boolean {
  return lexiconTags(word).some((t) => GIVEN_NAME_TAGS.includes(t));
}
