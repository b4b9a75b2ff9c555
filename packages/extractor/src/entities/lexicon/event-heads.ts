// Head nouns of the unnamed happenings and made things a news reader keeps as nodes ("missile strike",
// "Cairo summit", "parking structure", "maritime border agreement"), with the type each makes, and the
// words a later definite reference may use for the same thing ("the attack" after "missile strike").
// General English; grouping/unnamed-events.ts decides which phrases with these heads become nodes.
import type { EntityType } from '../../types.js';

const heads = (type: EntityType, words: string) =>
  words
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [w, type] as const);

/** Head word (lower case, as written) → the type of the node its phrase makes. */
export const UNNAMED_HEADS: ReadonlyMap<string, EntityType> = new Map([
  ...heads(
    'Event',
    `strike airstrike attack bombing raid shooting stabbing explosion blast fire wildfire blaze crash collision
    derailment earthquake flood landslide summit talks conference election referendum protest lawsuit trial ruling
    verdict outbreak epidemic pandemic war coup riot massacre assassination`,
  ),
  ...heads('Product', 'agreement deal treaty accord pact bill resolution contract memorandum'),
  ...heads('Place', 'base structure building plant factory mine dam reactor prison camp pipeline bridge'),
]);

/**
 * Nouns that name a happening: the Event heads above and other words for occasions, contests, crimes and
 * disasters. A topic noun phrase headed by one ("the fire", "the elections", "the game") is an Event, not a
 * Concept (typing/event-nouns.ts). Only words whose usual news sense is a happening ("game" only alone, it is
 * also a product): not "campaign" or "movement" (long efforts and bodies), nor "race" (also ancestry).
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  ...[...UNNAMED_HEADS].filter(([, type]) => type === 'Event').map(([w]) => w),
  ...`event incident meeting game match tournament championship ceremony festival funeral wedding inauguration parade rally hearing
  invasion siege battle hijacking kidnapping robbery arson murder eruption tsunami tornado
  drought heatwave shipwreck sinking accident uprising revolution rebellion insurgency
  ceasefire truce`
    .split(/\s+/)
    .filter(Boolean),
]);

/** Words of one kind: a definite "the <word>" may refer back to a node headed by another word of its kind. */
const KINDS: readonly string[][] = [
  ['strike', 'airstrike', 'attack', 'raid', 'bombing'],
  ['summit', 'talks', 'conference'],
  ['agreement', 'deal', 'accord', 'pact', 'treaty'],
  ['structure', 'building'],
  ['fire', 'wildfire', 'blaze'],
  ['explosion', 'blast'],
  ['ruling', 'verdict'],
  // "the outbreak" after "the COVID-19 pandemic": the spread of one illness, however far it has gone.
  ['outbreak', 'epidemic', 'pandemic'],
];

/** The kind of a head word: the first word of its row in KINDS, else the word itself. */
export function headKind(word: string): string {
  return KINDS.find((k) => k.includes(word))?.[0] ?? word;
}

/** Nouns that say when or how much, not what kind: no modifier of a node's name ("the weekend strike"). */
export const NOT_MODIFIERS = new Set(
  `year years day days week weeks weekend month months morning afternoon evening night time times today yesterday
  tomorrow hour hours minute minutes percent number lot kind sort type part one ones series rest km kilometre
  kilometres kilometer kilometers mile miles metre metres meter meters foot feet ton tons tonne tonnes kg mw`
    .split(/\s+/)
    .filter(Boolean),
);

/** Heads of accidents and disasters: they kill and destroy, but attack no one ("crash kills seven"). */
export const ACCIDENT_HEADS = new Set(
  'fire wildfire blaze crash collision derailment earthquake flood landslide explosion blast'.split(' '),
);
