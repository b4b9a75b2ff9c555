// "Kingsbridge Rovers", "Ontario Ghostbusters", "US Marines": a place's name before a plural common noun names a
// body of that place (a team, a band, a corps), not the place. The parse tags the whole span a place for its
// first word (or leaves a guess where the gazetteer knows the town and no ordinary word spells it: "Castleford",
// not "Liberal"). Plural words that make a place's own name ("White Plains", "Century City Towers", "Palm
// Springs") keep it one, as does a town the gazetteer knows by the whole name.
import type { NameSpan } from '../spans.js';
import { aloneTags } from '../../common-word.js';
import { cityPopulation, townName } from '../lexicon/world-cities.js';
import { isKnownPlace } from '../lexicon/known-places.js';

const PLACE_PLURALS = new Set(
  `plains towers springs gardens heights hills falls lakes woods fields meadows sands rapids narrows keys isles
  islands downs highlands lowlands moors flats acres estates apartments mews terraces suburbs territories lands
  shores cliffs caves docks quays gates crossings commons groves ridges dunes marshes banks reefs cays villas
  buildings halls baths mills palms pines oaks mountains valleys glades wells`.split(/\s+/),
);

const ROMANCE_ARTICLES = new Set(['las', 'los', 'les', 'el', 'la', 'le', 'lo', 'il', 'gli', 'os', 'as']);

/** A word that by itself is a plural common noun ("rovers", "homes"), not a name the lexicon knows. */
export function pluralCommonNoun(word: string): boolean {
  const alone = aloneTags(word) ?? [];
  return alone.includes('Plural') && alone.includes('Noun') && !alone.includes('ProperNoun');
}

export function placePlural(s: NameSpan): boolean {
  const last = s.tokens[s.tokens.length - 1];
  if (s.tokens.length < 2 || last.tags.has('Place') || PLACE_PLURALS.has(last.normal)) return false;
  // ("Chester Rivers": a given name and a family name that looks plural.)
  if (s.tokens.some((t) => t.tags.has('Person'))) return false;
  // ("Las Vegas": a town's own name; "Las Estrellas' village": an English plural is no reading of a name in
  // Spanish or French.)
  if (cityPopulation(s.text) > 0 || s.tokens.some((t) => ROMANCE_ARTICLES.has(t.normal))) return false;
  const before = s.tokens.slice(0, -1).map((t) => t.text);
  return (
    pluralCommonNoun(last.normal) &&
    (s.tokens.slice(0, -1).some((t) => t.tags.has('Place')) || townName(before) || isKnownPlace(before.join(' ')))
  );
}
