// Whether a Place entity is a country (by its id, from the country lexicon): a country is the one kind of
// place that other places lie in without doubt ("Florida in the southeastern United States").
import { entityId } from '../entity-id.js';
import { COUNTRY_NAMES } from '../entities/lexicon/countries.js';

const COUNTRY_IDS: ReadonlySet<string> = new Set([...COUNTRY_NAMES].map((name) => entityId(name, 'Place')));

export const isCountry = (id: string | undefined): boolean => !!id && COUNTRY_IDS.has(id);
