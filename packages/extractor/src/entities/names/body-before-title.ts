// "Bundesbank President Joachim Nagel, who sits on …": a clause's first word that the lexicon does not know, read
// as a noun, right before a capitalised title and a name, is the body whose title the person holds, as it is
// mid-sentence ("said Bundesbank President Joachim Nagel"). Capitalised only by the clause start, it had no
// other support and was dropped. Words the lexicon knows are left to the other openers ("Senate President …",
// "Veteran President …"), and so are words the parse reads as verbs or adjectives ("Embattled President …");
// only titles held in a body count ("Solicitor General" is one title).
import type { Token } from '../../tokens.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { clauseInitial } from './name-tokens.js';
import { isTitle } from './title-token.js';

const NOUN_TAGS = new Set(['Noun', 'ProperNoun', 'Singular', 'Actor']);
/** Titles held in a body; not ranks nor the second word of a compound title ("Solicitor General", "Virtual
 * Private Server"). */
const BODY_TITLES = new Set(
  'president chairman chairwoman chair ceo chief director governor commissioner spokesman spokeswoman spokesperson founder'.split(
    ' ',
  ),
);

/** `row[i]` opens its clause and is such a word, with a capitalised title and a name word after it. */
export function bodyBeforeTitle(row: Token[], i: number, nameAt: (k: number) => boolean): boolean {
  const [t, title] = [row[i], row[i + 1]];
  return (
    !!title &&
    clauseInitial(t, row[i - 1]) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) &&
    !/\S/.test(t.post + title.pre) &&
    lexiconTags(t.normal).length === 0 &&
    [...t.tags].every((x) => NOUN_TAGS.has(x)) &&
    /^\p{Lu}/u.test(title.text) &&
    isTitle(title) &&
    BODY_TITLES.has(title.normal) &&
    !/\S/.test(title.post) &&
    nameAt(i + 2)
  );
}
