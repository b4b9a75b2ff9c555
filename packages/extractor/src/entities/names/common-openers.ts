// A clause's first word that is an ordinary noun: "Emergency workers said …", "Hydrogen gas is …", "Protests
// escalated …", "Game development isn't …". The parse tags such a word an organisation from its capital alone,
// and solo-words.ts takes a longer name ending in the word ("Capitol Hill Occupied Protests") as evidence it
// names something by itself; for an ordinary noun neither says so. Such a one-word span is kept only when the
// article also uses the word as a name by itself inside a sentence ("… said Reform", "the Reform party").
// Organisation and place words keep their spans ("Police said …" is the force the article names), and so do
// surnames ("Susan Page … Page received criticism").
import type { Token } from '../../tokens.js';
import type { NameSpan } from '../spans.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { GROUP_NOUNS } from '../lexicon/demonyms.js';
import { ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';
import { commonNoun, unnamedWord } from './common-nouns.js';
import { plainAdjective } from './adjective-alone.js';
import { clauseInitial, isTitle, lower } from './name-tokens.js';

/** "Willow warbler numbers fell" after "112 willow warblers": a given name the article also writes in lower case,
 * right before a lower-case noun, is that noun's modifier, no one's name. */
const givenNameAsNoun = (t: Token, next: Token | undefined, lowered: Set<string>) =>
  /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
  lowered.has(lower(t)) &&
  !!next &&
  !/\S/.test(t.post) &&
  /^\p{Ll}/u.test(next.text) &&
  next.tags.has('Noun') &&
  !next.tags.has('Verb');

/** Which spans are such openers (`lowered`: the words the article writes in lower case, lowerCaseWords;
 * `family`: the article's surnames, common-nouns.ts surnames). The caller keeps one whose word the article
 * also uses as a name by itself (keepSupported). */
export function commonOpeners(
  spans: NameSpan[],
  bySentence: Token[][],
  lowered: Set<string>,
  family: Set<string>,
): boolean[] {
  const opener = (s: NameSpan): boolean => {
    if (s.tokens.length !== 1 || s.keyText || s.title || s.work) return false;
    const [t] = s.tokens;
    const word = lower(t);
    const row = bySentence[t.sentence];
    const next = row[t.pos + 1];
    return (
      clauseInitial(t, row[t.pos - 1]) &&
      // "Republican Senator Ben Sasse", "Republican Kevin McCarthy": a word before a name describes its holder
      // (a party); a plain adjective is no noun either.
      !(next && /^\p{Lu}/u.test(next.text) && !/\S/.test(t.post)) &&
      !plainAdjective(t.text) &&
      !family.has(word) &&
      (unnamedWord(t) || givenNameAsNoun(t, next, lowered)) &&
      commonNoun(t, lowered) &&
      !isTitle(t) &&
      !ORG_HEADS.has(word) &&
      !PLACE_HEADS.has(word) &&
      !COUNTRY_NAMES.has(word) &&
      !GROUP_NOUNS.has(word.replace(/s$/, ''))
    );
  };
  return spans.map(opener);
}
