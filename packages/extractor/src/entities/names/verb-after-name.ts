// A capitalised verb after a name: transcripts and some writers capitalise a reporting or action verb ("When
// Prime Minister Narendra Modi Announced a public curfew", "Tom Hale Said it was over"); the parse took the verb
// into the person's name ("Narendra Modi Announced"). A word the lexicon knows only as a finite verb, followed by
// the lower-case start of its object or clause (an article, a pronoun, "that"); only past forms, as a present one ("States", "Reports") is as often a plural noun, ends the name before it.
import type { Token } from '../../tokens.js';
import { lexiconTags } from '../../lexicon-tags.js';

const FINITE = new Set(['PastTense']);
const OBJECT_START = /^(?:Determiner|Pronoun|Possessive)$/;

/** True when `t` (capitalised, in a run of name words) is a verb whose object or clause follows as `next`. */
export function verbAfterName(t: Token, next: Token | undefined): boolean {
  const known = lexiconTags(t.normal);
  if (known.length !== 1 || !FINITE.has(known[0]) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || /\S/.test(t.post))
    return false;
  if (!next || !/^\p{Ll}/u.test(next.text)) return false;
  return next.normal === 'that' || [...next.tags].some((x) => OBJECT_START.test(x));
}
