// Initials inside a person's name: "Wayne A. I. Frederick", "George H. W. Bush". After a given name, a
// capital letter with a full stop is an initial, not the article "A" or the pronoun "I"; and its full stop
// ends no sentence (compromise never splits there), so the surname after the initials is read as if it
// followed the given name directly, not as a word capitalised by a clause start.
import type { Token } from '../../tokens.js';
import { givenName } from '../../lexicon-tags.js';
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
