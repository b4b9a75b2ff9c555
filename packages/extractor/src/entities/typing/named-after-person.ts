// "the Bill Clinton White House", "Sultan Qaboos Grand Mosque": a person's name, then an ordinary capitalised
// word and a head word ("White House", "Grand Mosque"), names a thing of that person's (an administration, a
// building), not the person. The person's name opening the span would otherwise make it a Person (a given
// name, a title, the parse's tags), ahead of the head-word rules. The word before the head must be an
// ordinary English word, not a name ("Senator Tom Hall", "Ricki Lake" keep their surnames).
import type { NameSpan } from '../spans.js';
import { ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';
import { givenName, lexiconTags, plainWord } from '../../lexicon-tags.js';
import { withoutPossessive } from '../names/name-key.js';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName'];

/** The type the head gives such a span, or undefined when it is not one. */
export function namedAfterPerson(s: NameSpan): 'Place' | 'Organization' | undefined {
  const n = s.tokens.length;
  if (n < 3) return undefined;
  const head = withoutPossessive(s.tokens[n - 1].text);
  const modifier = s.tokens[n - 2];
  const key = head.toLowerCase();
  if (!/^\p{Lu}/u.test(head) || !(ORG_HEADS.has(key) || PLACE_HEADS.has(key) || key === 'house')) return undefined;
  if (!/^\p{Lu}\p{Ll}+$/u.test(modifier.text) || !plainWord(modifier.text) || givenName(modifier.text))
    return undefined;
  if (ORG_HEADS.has(modifier.normal) || PLACE_HEADS.has(modifier.normal)) return undefined;
  // A title split off before the name ("Sultan") says it is a person's, as a given or family name does.
  const person =
    s.title !== undefined ||
    s.tokens
      .slice(0, n - 2)
      .some((t) => PERSON_TAGS.some((x) => t.tags.has(x) || lexiconTags(t.normal).includes(x)) || givenName(t.text));
  if (!person) return undefined;
  return PLACE_HEADS.has(key) ? 'Place' : 'Organization';
}
