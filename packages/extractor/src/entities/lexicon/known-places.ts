// Places compromise's own lexicon knows ("Sheffield", "North Carolina"), looked up without parsing: used for
// parts of longer names ("University of Sheffield"), where the parse tags every word as the organisation.
import { lexiconTags } from '../../lexicon-tags.js';

const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);

export function isKnownPlace(name: string): boolean {
  return lexiconTags(name).some((t) => PLACE_TAGS.has(t));
}
