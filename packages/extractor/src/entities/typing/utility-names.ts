// "Thames Water", "Anglian Water", "Scottish Power", "Constellation Energy": a name of two or more words that
// ends in what a utility or an industrial firm sells is that firm. The parse takes "Thames Water" for a place
// (the river), "Anglian Water" for a person; the article then cannot call it "the company". Not after a plain
// adjective, which names a kind of the thing ("Soft Power", "Clean Energy", "Fresh Water").
import type { NameSpan } from '../spans.js';
import { UTILITY_WORDS } from '../lexicon/org-words.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { lexiconTags } from '../../lexicon-tags.js';

export function utilityName(s: NameSpan): boolean {
  const last = s.tokens[s.tokens.length - 1];
  if (s.tokens.length < 2 || !UTILITY_WORDS.has(last.normal) || !/^\p{Lu}/u.test(last.text)) return false;
  const first = s.tokens[0].text.toLowerCase();
  const tags = lexiconTags(first);
  return (
    DEMONYMS.has(first) || !(tags.includes('Adjective') && tags.every((t) => !/Place|Country|City|Region/.test(t)))
  );
}
