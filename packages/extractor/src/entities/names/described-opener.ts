// "Foxconn, the Taiwanese electronics maker, had approached …": a clause-initial capitalised word the lexicon
// does not know, set off by an apposition whose head is a kind of organisation ("maker", "airline", "bank"),
// (or one before "of": "the Taiwanese maker of Apple's iPhones") is that organisation's name, though the text
// writes it nowhere mid-sentence; so is one a relative clause set off
// after it describes ("Hamas, which attacked Israel, …"). A known word ("Officials, the union said, …") keeps to
// the other rules.
import type { Token } from '../../tokens.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { ORG_KINDS } from '../lexicon/org-words.js';
import { FUNCTION_WORDS, clauseInitial } from './name-tokens.js';
import { ARTICLES } from '../lexicon/pronouns.js';

/** Words of an apposition at most: "the Taiwanese electronics maker". */
const MAX_APPOSITION = 5;

export function describedOpener(row: Token[], i: number): boolean {
  const t = row[i];
  if (
    !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text) ||
    !/^,\s*$/.test(t.post) ||
    !clauseInitial(t, row[i - 1]) ||
    FUNCTION_WORDS.has(t.normal) ||
    lexiconTags(t.normal).length > 0
  )
    return false;
  // "Hamas, which attacked Israel on October 7, also welcomed it": a relative clause set off after it says the
  // word is a noun phrase of its own, and one the lexicon does not know is a name.
  if (['which', 'who'].includes(row[i + 1]?.normal ?? '')) return true;
  if (!ARTICLES.has(row[i + 1]?.normal ?? '')) return false;
  for (let k = i + 2; k <= i + 1 + MAX_APPOSITION && row[k]; k++) {
    // ("Foxconn, the Taiwanese maker of Apple's iPhones, said …": a kind of firm before "of" and what it makes)
    if (ORG_KINDS.has(row[k].normal) && row[k + 1]?.normal === 'of' && !/\S/.test(row[k].post)) return true;
    if (/^\p{Lu}/u.test(row[k].text) && !row[k].tags.has('Demonym')) return false;
    if (/[^\s,]/.test(row[k].post)) return false;
    if (/,/.test(row[k].post)) return ORG_KINDS.has(row[k].normal);
  }
  return false;
}
