// Pronouns and nominal phrases resolved by coreference, with the entity type they refer to.
import type { EntityType } from '../../types.js';

export const PERSON_PRONOUNS = new Set('he him his himself she her hers herself'.split(' '));

/** The articles: "the", "a", "an". */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Words that only stand before what they own ("his first term"); "her" is also an object, so it is not here. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'its', 'their', 'my', 'our', 'your']);

/** "the country" → most recent country; "the company" → most recent organisation; … */
export const NOMINALS: ReadonlyMap<string, EntityType> = new Map([
  ['country', 'Place'],
  ['nation', 'Place'],
  ['city', 'Place'],
  ['company', 'Organization'],
  ['firm', 'Organization'],
  ['group', 'Organization'],
  ['organization', 'Organization'],
  ['organisation', 'Organization'],
  ['agency', 'Organization'],
  ['ministry', 'Organization'],
  ['department', 'Organization'],
  ['party', 'Organization'],
  ['club', 'Organization'],
  ['team', 'Organization'],
  ['bank', 'Organization'],
  ['university', 'Organization'],
]);

/** The words that name countries in "the country" only match places known to be countries. */
export const COUNTRY_NOMINALS = new Set(['country', 'nation']);
export const CITY_NOMINALS = new Set(['city']);
/** Nominals that fit any organisation; the others must share a word with the name ("the university"). */
export const GENERAL_NOMINALS = new Set(['company', 'firm', 'organization', 'organisation']);
/** Nominals for a business: "the company" never means a body whose name ends in another kind's word ("until the
 * company improved its offer" after "the Harbour Workers' Union" and "Saltmere Terminals"). */
export const BUSINESS_NOMINALS = new Set(['company', 'firm']);
export const NOT_BUSINESS_HEADS: ReadonlySet<string> = new Set(
  `union unions party council ministry department government parliament senate congress assembly court tribunal
  committee commission university college school academy association federation league movement army navy police
  church coalition alliance society charity office agency authority bureau administration regulator watchdog
  center centre institute foundation hospital museum library station plant`.split(/\s+/),
);

/** Nouns for a person the article leaves unnamed ("the man", "a woman", "the suspect"), with the pronoun
 * gender they fit ('any' for either). One of them between a pronoun and a named person may be whom the
 * pronoun means ("Heitz said … Officials said the man was 45. He lived in Gonesse"). */
export const UNNAMED_PERSONS: ReadonlyMap<string, 'm' | 'f' | 'any'> = new Map([
  ...'man boy father son husband brother gentleman grandfather uncle nephew'.split(' ').map((w) => [w, 'm'] as const),
  ...'woman girl mother daughter wife sister lady grandmother aunt niece'.split(' ').map((w) => [w, 'f'] as const),
  ...`suspect attacker gunman assailant shooter perpetrator victim driver passenger teenager child student worker
  resident witness`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [w, 'any'] as const),
]);
