// East Asian names written family name first, then a given name of two hyphened syllables ("Son Woo-mok", "Park
// Ji-sung", "Yau Wai-ching"): the family name may be an English word the parse reads as a noun or a verb ("son",
// "park", "moon"), and opens the name all the same; a lone "Ji" is no place.
import type { Token } from '../../tokens.js';
import { HYPHEN_SUFFIXES } from './name-tokens.js';
import { POSSESSIVE_DETERMINERS } from '../lexicon/pronouns.js';

/** The name's written shape: a short family name, a short capitalised syllable, a hyphen, a short syllable. */
export const SYLLABLE_NAME = /^\p{Lu}\p{Ll}{1,5} \p{Lu}\p{Ll}{1,5}-\p{L}\p{Ll}{0,5}$/u;
/** Hyphened Arabic articles and patronymics ("Abu al-Hassan") are no syllables. */
export const ARABIC_ARTICLE = /^(al|el|ad|ar|as|an|at|az|ash|abu|ibn|bin|ben|bint)-/i;

/** Words that open a noun phrase before a name, no family name: "The Notre-Dame cathedral", "This Saint-Denis
 * church" ("An" stays one: "An Se-young"). */
const DETERMINERS = new Set(['the', 'her', 'this', 'that', 'these', 'those', ...POSSESSIVE_DETERMINERS]);

/** A family name at token i of the row opens such a name: "Son" in "Son Woo-mok said". */
export function syllableNameOpener(row: Token[], i: number): boolean {
  const [family, first, second] = [row[i], row[i + 1], row[i + 2]];
  if (!family || !first || !second || /\S/.test(family.post) || first.post !== '-' || second.pre) return false;
  // (the second syllable ends the word: "Park Ji-sung's" too, not "Seoul Co-op-run")
  if (row[i + 3] && !/\s|^['’]/.test(second.post || ' ')) return false;
  const text = `${family.text} ${first.text}-${second.text}`;
  return (
    SYLLABLE_NAME.test(text) &&
    !ARABIC_ARTICLE.test(`${first.text}-`) &&
    !HYPHEN_SUFFIXES.has(second.normal) &&
    ![family, first].some((t) => t.tags.has('Country') || t.tags.has('Month') || t.tags.has('WeekDay')) &&
    // ("The Notre-Dame cathedral", "This Saint-Denis church": a determiner opening the clause is no family name.)
    !DETERMINERS.has(family.normal)
  );
}
