// Office holders: "the Obama administration", "Barack Obama's administration", "the Assad regime". A personal
// name right before a word for a leader's term or government names the leader, not a body: compromise tags
// such a name an organisation there (the administration is one), and a weak guess it stays unless told.
// Only names that look personal by the lexicon count: a family name it knows ("Obama", "Nixon") or a given
// name opening a longer name ("George W. Bush"); "the Hamas administration", "the Likud government" and
// "the City administration" name a body, and nothing here tells those apart from an unknown family name.
import type { Token } from '../../tokens.js';
import type { NameGroup, TypedSpan } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { givenName, lexiconTags } from '../../lexicon-tags.js';
import { ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';
import { isKnownPlace } from '../lexicon/known-places.js';
import { withoutPossessive } from '../names/name-key.js';

/** A leader's term or government, named after the leader ("the Nixon presidency", "Merkel's chancellorship"). */
const TERMS = new Set(['administration', 'administrations', 'presidency', 'premiership', 'chancellorship', 'regime']);

const PERSONAL_TAGS = ['LastName', 'Person'];

/** The words of a personal name: capitalised words or initials, no head word of a body or a place. */
function personalName(s: TypedSpan): boolean {
  const words = s.tokens.map((t) => withoutPossessive(t.text));
  if (words.length > 3 || !words.every((w) => /^\p{Lu}(\p{Ll}+|\.?)$/u.test(w))) return false;
  if (words.some((w) => ORG_HEADS.has(w.toLowerCase()) || PLACE_HEADS.has(w.toLowerCase()))) return false;
  const last = words[words.length - 1];
  const familyName = lexiconTags(last).some((t) => PERSONAL_TAGS.includes(t)) && !isKnownPlace(last);
  if (words.length === 1) return familyName;
  return familyName || givenName(words[0]) || s.tokens[0].tags.has('FirstName');
}

/** The span stands right before a term word, possessive or not: "the Nixon presidency", "Nixon's presidency". */
function beforeTerm(s: TypedSpan, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  const after = tokens[last.i + 1];
  if (!after || after.sentence !== last.sentence || !/^\p{Ll}/u.test(after.text)) return false;
  return TERMS.has(after.normal) && !/[^\s'’s]/.test(last.post);
}

export const officeHolders: EntityStep = {
  name: 'office-holders',
  description:
    'a weakly typed personal name right before "administration", "presidency" or "regime" ("the Nixon administration") is a Person',
  apply(groups: NameGroup[], ctx) {
    for (const g of groups) {
      if (g.strong || g.type !== 'Organization') continue;
      if (!g.spans.every(personalName) || !g.spans.some((s) => beforeTerm(s, ctx.tokens))) continue;
      g.type = 'Person';
      g.strong = true;
    }
    return groups;
  },
};
