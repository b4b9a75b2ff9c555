// Is a capitalised word an ordinary English word? compromise's lexicon lacks many common nouns ("life", "law",
// "hydrogen") and tags any capitalised word in context as a name, so three signs count: the lexicon knows the
// word only as an ordinary word, the article itself writes it in lower case, or it is built with a suffix that
// makes abstract nouns ("Justice", "Emergency", "Freedom", "Movement"; the lexicon tags "justice" an adjective).
import type { Token } from '../../tokens.js';
import type { NameSpan } from '../spans.js';
import { givenName, lexiconTags, plainWord } from '../../lexicon-tags.js';
import { has, lower } from './name-tokens.js';

export const NOUN_SUFFIX = /^\p{L}{3,}(?:ice|ance|ence|ancy|ency|ity|dom|ness|ment|tion|sion)$/u;
const PROPER = /City|Country|Region|Place|Organization|Proper|Company|School|Person|Name|State|Team|Date|Holiday/;

/** `lowered`: the words the article writes in lower case (name-tokens.ts lowerCaseWords). */
export function commonNoun(t: Token, lowered: Set<string>): boolean {
  return plainWord(t.text) || lowered.has(lower(t)) || NOUN_SUFFIX.test(t.text);
}

/** A capitalised word (not in capitals) that no lexicon entry or parse tag other than a guessed organisation
 * makes a name: not "Texas", "Peter", "Smith" (the parse's Person), "NATO". */
export function unnamedWord(t: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !lexiconTags(t.text).some((x) => PROPER.test(x)) &&
    !givenName(t.text) &&
    !has(t, ['Person', 'Place', 'Demonym', 'Acronym'])
  );
}

/** Last words of the article's personal names ("Susan Page", "Condoleezza Rice"): a common word that is also a
 * surname may stand for the person alone ("Page received criticism"). */
export function surnames(spans: NameSpan[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    const [first, last] = [s.tokens[0], s.tokens[s.tokens.length - 1]];
    if (s.tokens.length >= 2 && (givenName(first.text) || has(first, ['Person']) || has(last, ['Person'])))
      out.add(lower(last));
  }
  return out;
}

/** The spans not flagged `weak`, and the weak ones whose word the article also uses as a one-word name that is
 * not weak ("Labor and Unity candidates … Labor won"). Pieces of titles and clause openers are weighed together:
 * "School of Law" does not support a quotation's opening "Law and order", nor it the piece. */
export function keepSupported(spans: NameSpan[], weak: boolean[]): NameSpan[] {
  const alone = new Set(spans.filter((s, n) => s.tokens.length === 1 && !weak[n]).map((s) => lower(s.tokens[0])));
  return spans.filter((s, n) => !weak[n] || alone.has(lower(s.tokens[0])));
}
