// "delivered a speech on the South Lawn", "remarks on the steps of City Hall": a place after "on the" is where
// the words were spoken, not what they were about ("a speech on Iran", "remarks on the United States" keep
// their topic: a country is what a speech is on, a site is where it is given).
import type { Chunk } from './chunks.js';
import { isCountry } from './country-place.js';
import type { SentenceView } from './sentence-view.js';

export function speechSite(view: SentenceView, np: Chunk, id: string): boolean {
  return view.types.get(id) === 'Place' && !isCountry(id) && view.toks[np.from]?.normal === 'the';
}
