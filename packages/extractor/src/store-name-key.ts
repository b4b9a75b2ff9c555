// The one normal form of a name that stores compare (the graph's node keys and ids, node-keys.ts), here so
// that the extractor's country forms (country-forms.ts) key names exactly as stores do.

/** A name as stores key it (the graph's nameKey calls this): case, marks and punctuation off, words split by
 * single spaces ("U.S." → "us", "Côte d'Ivoire" → "cote divoire", "Abdul-Mahdi" → "abdul mahdi"). */
export function storeNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
