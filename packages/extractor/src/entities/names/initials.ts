// Initials inside a person's name: "Wayne A. I. Frederick", "George H. W. Bush". After a given name, a
// capital letter with a full stop is an initial, not the article "A" or the pronoun "I"; and its full stop
// ends no sentence (compromise never splits there), so the surname after the initials is read as if it
// followed the given name directly, not as a word capitalised by a clause start. Initials with no given name
// before them ("ISRO chairman V. Narayanan", "V. K. Singh") open the name of the family name after them, one
// the lexicon knows as such or does not know at all ("Vitamin D. Researchers said" is no name).
import type { Token } from '../../tokens.js';
import { givenName, lexiconTags } from '../../lexicon-tags.js';
import { isTitle } from './title-token.js';
import { isCap } from './capitals.js';
import { FUNCTION_WORDS } from './name-tokens.js';

const letter = (t: Token | undefined) => !!t && /^\p{Lu}$/u.test(t.text) && /^\.\s+$/.test(t.post);
const opener = (t: Token | undefined) =>
  !!t && isCap(t) && !/\S/.test(t.post) && (t.tags.has('FirstName') || givenName(t.normal));

/** The given name that opens the initials ending at row[k] (row[k] an initial), if any. */
function givenBefore(row: Token[], k: number): Token | undefined {
  let j = k;
  while (j >= 0 && letter(row[j])) j--;
  return j < k && opener(row[j]) ? row[j] : undefined;
}

/** row[k] is an initial of the name it stands in: after a given name (or its initials), before a name word
 * ("Ask Marcus A. He knows": a pronoun or small word after the letter opens a sentence). */
export function initialAt(row: Token[], k: number): boolean {
  const next = row[k + 1];
  return (
    letter(row[k]) &&
    !!next &&
    isCap(next) &&
    !/\S/.test(next.pre) &&
    (letter(next) || (!next.tags.has('Pronoun') && !FUNCTION_WORDS.has(next.normal))) &&
    !!givenBefore(row, k)
  );
}

/** The token to judge row[k] after: the given name when initials stand between them, else row[k - 1]. */
export function nameBefore(row: Token[], k: number): Token | undefined {
  return (k > 1 && letter(row[k - 1]) && initialAt(row, k - 1) && givenBefore(row, k - 1)) || row[k - 1];
}

/** Lexicon tags a family name may carry after two initials or more ("I. M. Pei": "PEI" is a region's short form
 * too); the letters say a person is named. */
const NAME_LIKE = new Set(['Region', 'ProperNoun', 'Place', 'FirstName', 'MaleName', 'FemaleName', 'LastName']);

/** The lexicon's reading of `word` lets it be a family name after `letters` initials: known as a surname or not
 * known at all; after two or more, known only as a name of any kind. */
export function familyAfterInitials(word: string, letters: number): boolean {
  const tags = lexiconTags(word);
  return tags.includes('LastName') || !tags.length || (letters >= 2 && tags.every((x) => NAME_LIKE.has(x)));
}

/** A family name after `letters` leading initials: capitalised, lower case after, and a family name to the lexicon. */
const familyWord = (t: Token | undefined, letters: number) =>
  !!t &&
  /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
  !/\S/.test(t.pre) &&
  !FUNCTION_WORDS.has(t.normal) &&
  (t.tags.has('LastName') || familyAfterInitials(t.normal, letters));

/** row[k] opens initials that stand for a given name before a family name: "V. Narayanan", "V. K. Singh". Not
 * after a capitalised word that is no title, whose label the letter may be ("Plan B. Narayanan …"). */
export function leadingInitialAt(row: Token[], k: number): boolean {
  const prev = row[k - 1];
  if (!letter(row[k]) || (prev && isCap(prev) && !/\S/.test(prev.post) && !isTitle(prev))) return false;
  if (prev && letter(prev)) return false;
  let j = k;
  while (letter(row[j])) j++;
  return familyWord(row[j], j - k);
}

/** row[k] is part of a name leading initials open: one of the letters, or the family name after them. */
export function inLeadingInitials(row: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && letter(row[j])) j--;
  return leadingInitialAt(row, j + 1) && (j + 1 < k || letter(row[k]));
}
