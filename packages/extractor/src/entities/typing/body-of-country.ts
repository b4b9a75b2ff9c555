// "Health New Zealand", "Historic Environment Scotland", "Tourism Australia": ordinary words (the last a noun)
// before a country's name call a body of that country, not a place (a weak type rule of type-rules.ts).
import type { NameSpan } from '../spans.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { COMPASS_WORDS } from '../lexicon/compass-words.js';
import { PLACE_HEADS } from '../lexicon/org-words.js';
import { continents } from '../lexicon/continents.js';
import { lexiconName, lexiconTags } from '../../lexicon-tags.js';
import { aloneTags } from '../../common-word.js';

/** Ordinary words (the last a noun) before the name of a country or a land the lexicon knows as one. */
export function bodyOfCountry(s: NameSpan): boolean {
  // ("Latin America" is a region of the world, not a body.)
  if (continents().has(s.text.toLowerCase())) return false;
  for (let k = 1; k < s.tokens.length; k++) {
    const tail = s.tokens
      .slice(k)
      .map((t) => t.text)
      .join(' ');
    const country = COUNTRY_NAMES.has(tail.toLowerCase()) || lexiconTags(tail.toLowerCase()).includes('Country');
    if (!country) continue;
    const words = s.tokens.slice(0, k);
    // (not "Mister America", a title; nor "21st Century Australia", a time; nor "Trump-Ukraine", two names hyphened)
    const ordinary = (t: NameSpan['tokens'][number]) =>
      !lexiconName(t.text) &&
      !['Honorific', 'Actor', 'Date', 'Duration'].some((x) => t.tags.has(x)) &&
      t.post !== '-' &&
      !COMPASS_WORDS.has(t.normal) &&
      !PLACE_HEADS.has(t.normal) &&
      (aloneTags(t.normal) ?? []).some((x) => x === 'Noun' || x === 'Adjective');
    return words.every(ordinary) && !!aloneTags(words[k - 1].normal)?.includes('Noun');
  }
  return false;
}
