// Normal forms used to compare surface forms: case, dots, a leading "the", possessives and edge punctuation.
// Steps compare the same few hundred forms of an article many times over: the forms are remembered.
const keys = new Map<string, string>();

export function nameKey(text: string): string {
  let k = keys.get(text);
  if (k === undefined) {
    k = normalise(text);
    if (keys.size >= 20000) keys.clear();
    keys.set(text, k);
  }
  return k;
}

function normalise(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[’‘]/g, "'")
      .replace(/'s?$/i, '')
      // "New People's Party" = "New People Party".
      .replace(/'s\s/gi, ' ')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .replace(/^the\s+/i, '')
      .replace(/\./g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase()
  );
}

const SKIP = new Set(['of', 'the', 'and', 'for', '&', 'de', 'in', 'on', 'at', 'to', 'a']);

/** Initials of the content words: "United States" → "us", "Department of Homeland Security" → "dhs"; with
 * `keepOf`, "of" counts too ("Department of Justice" → "doj", "Bank of England" → "boe"). */
export function initials(name: string, keepOf = false): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && (!SKIP.has(w.toLowerCase()) || (keepOf && w.toLowerCase() === 'of')))
    .map((w) => w[0])
    .join('')
    .toLowerCase();
}

/** "U.S.", "AI", "NATO": short all-capital forms that may abbreviate a longer name. */
export function isAcronym(text: string): boolean {
  return /^[A-Z][A-Z&]{1,6}$/.test(text.replace(/\./g, ''));
}

// Letters that are not a base letter plus a mark, so NFD leaves them: "Jarosław", "Søren", "Đoković".
const PLAIN_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

const ASCII = /^[\x00-\x7f]*$/;

/** A key without its accents and special letters: "jarosław kaczyński" → "jaroslaw kaczynski" (the same
 * name typed on a keyboard without them, as headlines and wires often do). */
export function foldLetters(key: string): string {
  if (ASCII.test(key)) return key; // most keys: nothing to fold, and NFD is the costly part
  return key
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøđðħıßæœþ]/g, (c) => PLAIN_LETTERS[c]);
}

/** The consonants of a name, in order, with vowel runs and doubled letters folded: "Hamza bin Ladin" and
 * "Hamza bin Laden" share "hamza ban ladan" — two romanisations of one Arabic name. */
export function spellingSkeleton(key: string): string {
  return foldLetters(key)
    .replace(/['’ʻʼ`]/g, '')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/[aeiou]+/g, 'a');
}

/** A word without a possessive ending ("Acme's" → "Acme", "Reuters’" → "Reuters"). */
export const withoutPossessive = (word: string): string => word.replace(/['’]s?$/, '');
