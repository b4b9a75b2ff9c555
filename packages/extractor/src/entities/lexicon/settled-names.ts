// Things news writes under several names, each with the name and type it settles on: general knowledge, as
// countries.ts holds for countries. "COVID", "Covid-19" and "COVID-19" are one illness; "World War Two", "the
// Second World War" and "WWII" one war; "ISIS", "ISIL" and "Daesh" one group. Keys are name keys
// (names/name-key.ts). Only forms that name nothing else: not "the Great War" (also a film), not "coronavirus"
// (a family of viruses as much as the illness), not "IS" (a word).
import type { EntityType } from '../../types.js';

const FORMS: Array<[string, EntityType, string]> = [
  ['COVID-19', 'Concept', 'covid|covid-19|covid19|covid 19'],
  ['World War I', 'Event', 'world war i|world war 1|world war one|first world war|wwi|ww1|ww i'],
  ['World War II', 'Event', 'world war ii|world war 2|world war two|second world war|wwii|ww2|ww ii'],
  [
    'Islamic State',
    'Organization',
    'islamic state|isis|isil|daesh|islamic state of iraq and syria|islamic state of iraq and the levant',
  ],
];

/** Name key → the name and type news settles on. */
export const SETTLED_NAMES: ReadonlyMap<string, { name: string; type: EntityType }> = new Map(
  FORMS.flatMap(([name, type, keys]) => keys.split('|').map((k) => [k, { name, type }] as const)),
);
