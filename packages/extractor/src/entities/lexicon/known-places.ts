// Places compromise's own lexicon knows ("Sheffield", "North Carolina"), looked up without parsing: used for
// parts of longer names ("University of Sheffield"), where the parse tags every word as the organisation.
import nlp from 'compromise';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);

export function isKnownPlace(name: string): boolean {
  const tags = LEXICON[name.toLowerCase()];
  if (!tags) return false;
  return (Array.isArray(tags) ? tags : [tags]).some((t) => PLACE_TAGS.has(t));
}
