// How an extracted entity finds the stored node it names: normalised names and lookup keys. A key is a
// kind and a normalised name — `n:` a name some document gave the node, `a:` an acronym or expansion it
// wrote for it, `s:` the surname of a full name a strong rule typed as a person, `f:` the surname of any
// person's full name, `i:` the node's id — so one indexed lookup answers every rule.
import { countryFirstKey, storeNameKey } from '@kg/extractor/names';

/**
 * Keys already computed: resolving and re-deriving a document's entities normalises the same few thousand
 * names over and over (a tenth of an embedded import's loading time). Emptied when it grows large.
 */
const nameKeys = new Map<string, string>();
const MAX_CACHED_KEYS = 100_000;

/** "U.S." → "us", "Erdoğan" → "erdogan", "Abdul-Mahdi" → "abdul mahdi": case, marks and punctuation off. */
export function nameKey(name: string): string {
  let k = nameKeys.get(name);
  if (k === undefined) {
    k = storeNameKey(name);
    if (nameKeys.size >= MAX_CACHED_KEYS) nameKeys.clear();
    nameKeys.set(name, k);
  }
  return k;
}

/** Other keys already computed (most names have none: null), as nameKey keeps the keys themselves. */
const otherKeys = new Map<string, string | null>();

/**
 * The other name key of a name key, when it names a country's body: the country spelled out and first
 * ("us senate" → "united states senate", countryFirstKey); undefined for most names.
 */
export function otherNameKey(own: string): string | undefined {
  let other = otherKeys.get(own);
  if (other === undefined) {
    other = (own.includes(' ') && countryFirstKey(own)) || null;
    if (otherKeys.size >= MAX_CACHED_KEYS) otherKeys.clear();
    otherKeys.set(own, other);
  }
  return other ?? undefined;
}

/**
 * The name keys of a name: its own, and its other key (otherNameKey), so that one document's "US Senate" and
 * another's "United States Senate" find each other.
 */
export function nameKeyForms(name: string): string[] {
  const other = otherNameKey(nameKey(name));
  return other ? [key.name(name), key.name(other)] : [key.name(name)];
}

/** A node id with no type in it: the name's key, hyphenated ("donald-trump"). */
export function nodeSlug(name: string): string {
  return nameKey(name).replace(/ /g, '-') || 'unnamed';
}

/** Whitespace-separated words as written ("Abdul-Mahdi" is one). */
export function nameWords(name: string): string[] {
  return name.trim().split(/\s+/).filter(Boolean);
}

/** A surface form that is a name (capitalised or numbered), not a nominal ("the country") or a pronoun. */
export function isNameLike(text: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(text.trim());
}

/** Named types are one kind of thing for identity: news calls the Senate a place and an organisation. */
export const NAMED_TYPES: ReadonlySet<string> = new Set(['Person', 'Organization', 'Place', 'Product', 'Event']);

/** A name, as opposed to a common noun: a named type, or a concept written with a capital ("COVID-19"). */
export function isNamed(type: string, name: string): boolean {
  return NAMED_TYPES.has(type) || (type === 'Concept' && isNameLike(name));
}

/**
 * Two type guesses can be the same real thing: equal types, or both names ("Senate" as an organisation and
 * as a place; "Americans" as people and as a concept). A common noun ("army") never joins a name ("Army").
 */
export function compatibleTypes(a: string, b: string, nameA = '', nameB = ''): boolean {
  return a === b || (isNamed(a, nameA) && isNamed(b, nameB));
}

export const key = {
  name: (name: string) => `n:${nameKey(name)}`,
  alias: (alias: string) => `a:${nameKey(alias)}`,
  surname: (word: string) => `s:${nameKey(word)}`,
  fullName: (surname: string) => `f:${nameKey(surname)}`,
  id: (id: string) => `i:${id}`,
};
