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

/** The lexicon knows `word` as a name of a person, place or body ("Google", "Lagos", "Smith"). */
export function lexiconName(word: string): boolean {
  return lexiconTags(word).some((t) => /Person|Place|Organization|Name|Country|City|Region/.test(t));
}

/** The lexicon knows `word` as a given name ("Peter", "Marc", "Ricardo"). */
export function givenName(word: string): boolean {
  return lexiconTags(word).some((t) => GIVEN_NAME_TAGS.includes(t));
}

const PROPER_TAGS = /City|Country|Region|Place|Organization|Proper|Company|School|Person|Name|State|Team/;

/** The lexicon knows `word`, and only as an ordinary word ("People", "Voice", "Focus"), never as a place,
 * body or name ("London", "NASA", "John"), and it is no acronym ("WHO"): capitalised, it opens or ends a
 * title rather than naming a thing. */
export function plainWord(word: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return false; // "WHO", "US": an acronym names a thing
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.test(t));
}

/** `word` is a plural noun for people: one the lexicon knows so ("workers", "women"), or a compound of "-men" or
 * "-workers" it does not know ("longshoremen", "fishermen", "steelworkers"). */
export function peoplePlural(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.length) return tags.includes('Plural') && tags.includes('Actor');
  return /^\p{Ll}{3,}(?:men|workers)$/u.test(word.toLowerCase());
}
