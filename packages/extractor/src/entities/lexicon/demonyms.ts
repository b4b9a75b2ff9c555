// Demonyms → country: the dataset's (world-countries.ts) and the forms news also uses that it lacks ("Saudi",
// "Kazakh", "Scottish"). Used to link "Chinese government" to China and to keep bare demonyms ("Afghan team")
// from becoming entities of their own.
import { WORLD_COUNTRIES } from './world-countries.js';

const NEWS_FORMS = `argentinian:Argentina azeri:Azerbaijan ecuadorian:Ecuador english:England icelandic:Iceland
kazakh:Kazakhstan korean:Korea kyrgyz:Kyrgyzstan lao:Laos luxembourgish:Luxembourg maldivian:Maldives nepali:Nepal
philippine:Philippines saudi:Saudi Arabia scottish:Scotland slovenian:Slovenia tajik:Tajikistan
uzbek:Uzbekistan welsh:Wales`;

function demonymPairs(): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const c of WORLD_COUNTRIES) {
    for (const d of c.demonyms) if (!pairs.has(d.toLowerCase())) pairs.set(d.toLowerCase(), c.name);
  }
  for (const pair of NEWS_FORMS.split(/\s+(?=[a-z]+:)/)) {
    const [d, c] = pair.split(':');
    pairs.set(d.trim(), c.trim());
  }
  return pairs;
}

export const DEMONYMS: ReadonlyMap<string, string> = demonymPairs();

/** "Ethiopians", "Kenyans": a demonym's plural, a people. */
export function pluralDemonym(word: string): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(word) && DEMONYMS.has(word.slice(0, -1).toLowerCase());
}

/** Group nouns that name people by faith or origin; plural forms ("Muslims", "Afghans") are Person groups. */
export const GROUP_NOUNS = new Set('muslim christian jew hindu buddhist sikh catholic protestant arab kurd'.split(' '));

/** Nouns for one of a people that no country's adjective spells ("a Swede", "a Briton", "a European"); their
 * plurals name a group of people as the group nouns' do ("Swedes", "Hongkongers", "Sunnis"). */
export const PEOPLE_NOUNS = new Set(
  `swede briton brit scot dane finn turk serb croat european african asian latino latina hispanic hongkonger
  uyghur uighur mormon shiite sunni`.split(/\s+/),
);

/** Adjectives of peoples, regions and realms with no country of their own, which no country's data holds: "a
 * Roman fort", "the Ottoman navy", "Catalan and Basque parties", "Kurdish fighters" (as modifiers they name
 * nothing; "Roman" alone may be a given name). */
export const STATELESS_DEMONYMS: ReadonlySet<string> = new Set(
  `roman byzantine ottoman viking norse celtic aztec inca mayan mongol saxon anglo-saxon norman hellenistic phoenician
  etruscan carthaginian babylonian assyrian sumerian catalan basque galician andalusian flemish walloon kurdish
  bavarian corsican sicilian sardinian breton cornish tibetan uyghur chechen crimean tamil punjabi kashmiri`.split(
    /\s+/,
  ),
);

/** Nouns after a demonym that stand for the country's state ("the Chinese government"). */
export const STATE_NOUNS = new Set('government authorities state regime administration leadership'.split(' '));
