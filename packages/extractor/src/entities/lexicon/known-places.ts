// Places compromise's own lexicon knows ("Sheffield", "North Carolina"), looked up without parsing: used for
// parts of longer names ("University of Sheffield"), where the parse tags every word as the organisation.
import { lexiconTags } from '../../lexicon-tags.js';

const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);

export function isKnownPlace(name: string): boolean {
  return lexiconTags(name).some((t) => PLACE_TAGS.has(t));
}

const REGION_TAGS = ['City', 'Country', 'Region'];
/** The lexicon's tags of a personal name. */
export const PERSON_TAGS: readonly string[] = ['Person', 'LastName', 'FirstName', 'MaleName', 'FemaleName'];

/** The lexicon knows `name` as a city, country or region and under none of the tags `not` ("Maryland": no
 * person; "London": no person nor organisation). */
export function placeWord(name: string, not: readonly string[] = []): boolean {
  const tags = lexiconTags(name);
  return tags.some((t) => REGION_TAGS.includes(t)) && !tags.some((t) => not.includes(t));
}
