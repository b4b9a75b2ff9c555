// "Fars News Agency reported …", "Fars News said …": a clause-initial capitalised word that the lexicon does
// not know, which the parse calls a plural only because it ends in "s", opens the organisation's name that
// follows it. A clause's first word is a name only on evidence (name-tokens.ts), and the parse's guessed
// plural keeps such a word out of name-spans.ts's plain-opener rule, so without this the name starts at its
// second word ("News Agency"). Only before a short name that ends in an organisation word: a real plural
// before a name ("Protesters Ann Lee and …") names people, not part of a body. A word the text also writes
// in lower case is an ordinary noun.
import type { Token } from '../../tokens.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { ORG_HEADS } from '../lexicon/org-words.js';
import { FUNCTION_WORDS, clauseInitial, endsRun, lower, quiet } from './name-tokens.js';

const GUESSED = new Set(['Noun', 'Plural', 'ProperNoun']);

/** `common`: words written in lower case somewhere in the text. */
export function pluralOpener(row: Token[], i: number, nameAt: (k: number) => boolean, common: Set<string>): boolean {
  const t = row[i];
  if (
    !/^\p{Lu}\p{Ll}+s$/u.test(t.text) ||
    !t.tags.has('Plural') ||
    ![...t.tags].every((x) => GUESSED.has(x)) ||
    !clauseInitial(t, row[i - 1]) ||
    FUNCTION_WORDS.has(t.normal) ||
    lexiconTags(t.normal).length > 0 ||
    common.has(lower(t)) ||
    endsRun(t)
  )
    return false;
  // The name after it: one to three words, the last an organisation word.
  for (let k = i + 1; k <= i + 3 && quiet(row[k - 1], row[k]) && nameAt(k); k++) {
    const last = endsRun(row[k]) || !(quiet(row[k], row[k + 1]) && nameAt(k + 1));
    if (last) return ORG_HEADS.has(lower(row[k]));
  }
  return false;
}
