// "Foxconn, the Taiwanese electronics maker, had approached …": a clause-initial capitalised word the lexicon
// does not know, set off by an apposition whose head is a kind of organisation ("maker", "airline", "bank"),
// (or one before "of": "the Taiwanese maker of Apple's iPhones") is that organisation's name, though the text
// writes it nowhere mid-sentence; so is one a relative clause set off
// after it describes ("Hamas, which attacked Israel, …"). A known word ("Officials, the union said, …") keeps to
// the other rules.
import type { Token } from '../../tokens.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { ORG_KINDS } from '../lexicon/org-words.js';
import { FUNCTION_WORDS, clauseInitial, isTitle } from './name-tokens.js';
import { commonAlone } from '../../common-word.js';
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
  return orgApposition(row, i);
}

/** Words that open a relative clause after the kind word. */
const QUALIFIERS = new Set(['that', 'which', 'whose']);

/** Words for how one body stands to another, heading an apposition: "Nvidia's closest rival". */
const RELATIONS = new Set(['rival', 'competitor', 'partner']);

/** An apposition after `row[end]` (which a comma ends) says it is an organisation: "the Taiwanese electronics
 * maker,", "the maker of …", "Nvidia's closest rival,". */
function orgApposition(row: Token[], end: number): boolean {
  // The apposition opens with an article or a name's possessive ("Acme Corp's").
  let from = end + 1;
  while (row[from] && /^\p{Lu}/u.test(row[from].text) && !/['’]s$/.test(row[from].text) && !/\S/.test(row[from].post))
    from++;
  const opener = row[from];
  const possessive = !!opener && /^\p{Lu}/u.test(opener.text) && /['’]s$/.test(opener.text);
  if (!(from === end + 1 && ARTICLES.has(opener?.normal ?? '')) && !possessive) return false;
  for (let k = from + 1; k <= from + MAX_APPOSITION && row[k]; k++) {
    // ("Foxconn, the Taiwanese maker of Apple's iPhones, said …": a kind of firm before "of" and what it makes,
    // or before what qualifies it: "the rocket company founded by Jeff Bezos", "the firm that makes …")
    const next = row[k + 1];
    const qualified =
      !!next &&
      (next.normal === 'of' ||
        QUALIFIERS.has(next.normal) ||
        next.tags.has('Participle') ||
        next.tags.has('PastTense'));
    if (ORG_KINDS.has(row[k].normal) && qualified && !/\S/.test(row[k].post)) return true;
    if (/^\p{Lu}/u.test(row[k].text) && !row[k].tags.has('Demonym')) return false;
    if (/[^\s,]/.test(row[k].post)) return false;
    if (/,/.test(row[k].post)) return ORG_KINDS.has(row[k].normal) || RELATIONS.has(row[k].normal);
  }
  return false;
}

/** "Blue Origin, the rocket company founded by Jeff Bezos, …", "Advanced Micro Devices, Nvidia's closest rival,
 * …": a clause's first word, then capitalised common words up to a comma and an apposition that says it is an
 * organisation, is that organisation's whole name. Capitalised mid-clause, the common words are a name's, and
 * no one calls the firm "Origin": the opening word is its first (an adjective before a firm's own name describes
 * it: "Embattled Boeing, the planemaker," keeps to the other rules, "Boeing" being no common word). The index of
 * the name's last word, or -1. */
export function describedNameEnd(row: Token[], i: number): number {
  const t = row[i];
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || /\S/.test(t.post) || !clauseInitial(t, row[i - 1])) return -1;
  if (FUNCTION_WORDS.has(t.normal) || isTitle(t)) return -1;
  for (let k = i + 1; k <= i + 3 && row[k]; k++) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(row[k].text) || !commonAlone(row[k].text) || isTitle(row[k])) return -1;
    if (/^,\s*$/.test(row[k].post)) return orgApposition(row, k) ? k : -1;
    if (/\S/.test(row[k].post)) return -1;
  }
  return -1;
}
