// "Federal Reserve Chairman Jerome Powell said …", "Supreme Court judges ruled …": a capitalised adjective
// opening a clause, right before a capitalised organisation word, opens that organisation's name; so does one
// that opens places' names before a place's word ("New South Wales Police Assistant Commissioner …"). A clause's
// first word is a name only on evidence (name-tokens.ts), and an adjective has none of its own, so without
// this the name starts at its head ("Reserve"). Demonyms keep to their own rules ("German Army" is the
// country's army, split-run.ts).
import type { Token } from '../../tokens.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { ORG_HEADS } from '../lexicon/org-words.js';
import { FUNCTION_WORDS, clauseInitial, endsRun } from './name-tokens.js';

/** Adjectives that open places' names ("New South Wales", "Greater Manchester", "Upper Egypt") before a word
 * the parse reads as a place's. */
const PLACE_ADJECTIVES = new Set(['new', 'great', 'greater', 'upper', 'lower', 'old']);

export function adjectiveOpener(row: Token[], i: number, nameAt: (k: number) => boolean): boolean {
  const t = row[i];
  const head = row[i + 1];
  return (
    !!head &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    clauseInitial(t, row[i - 1]) &&
    t.tags.has('Adjective') &&
    !t.tags.has('Demonym') &&
    !lexiconTags(t.normal).includes('Demonym') &&
    !DEMONYMS.has(t.normal) &&
    !FUNCTION_WORDS.has(t.normal) &&
    !endsRun(t) &&
    !/\S/.test(head.pre) &&
    /^\p{Lu}\p{Ll}+$/u.test(head.text) &&
    (ORG_HEADS.has(head.normal) || (PLACE_ADJECTIVES.has(t.normal) && head.tags.has('Place'))) &&
    nameAt(i + 1)
  );
}
