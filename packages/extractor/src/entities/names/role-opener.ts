// "Voter Kitty Mak told …", "Student Wong Ka-ho said …": a clause-initial noun for what someone does,
// capitalised only by its clause start, before a person's name of two or more words, describes that person
// and is no part of the name. split-run.ts cuts such a word off before a given name the parse knows
// ("Shopper Mary Jones"); this covers names the parse tags as a person's without knowing the given name.
// The word must look like an agent or role noun (-er, -or, -ee, -ist, -ant, -ent), be no name the lexicon
// knows, and stand before two or more words the parse reads as a person's name: "Hunter Biden" and "Tucker
// Carlson" (one word after) keep their given names.
import type { Token } from '../../tokens.js';
import { givenName, lexiconTags } from '../../lexicon-tags.js';
import { clauseInitial, has } from './name-tokens.js';

const ROLE_ENDING = /^\p{Lu}\p{Ll}+(?:er|or|ee|ist|ant|ent)$/u;
const PERSON_TAGS = ['Person', 'FirstName', 'LastName'];

/** The lexicon knows `t` as a noun for a role ("actor", "singer"). */
export const knownRole = (t: Token) => lexiconTags(t.normal).includes('Actor');

/** `t` looks like a noun for what someone does ("Voter", "Shopper"): the parse's Actor tag on a word of no
 * such shape ("Jannik" before "Sinner") comes from its neighbour, and says nothing of the word. */
export function agentNoun(t: Token): boolean {
  return ROLE_ENDING.test(t.text) || knownRole(t);
}

/** `run[0]` is a role noun describing the person named by the rest of the run. */
export function roleOpener(run: Token[]): boolean {
  const [role, ...name] = run;
  // ("Actor James Woods said": the parse may read the whole run as a place's name; a given name the lexicon
  // knows opening the rest outweighs that guess.)
  const given = name.length > 0 && givenName(name[0].text);
  const place = (t: Token) => t.tags.has('Place') && !given;
  return (
    name.length >= 2 &&
    ROLE_ENDING.test(role.text) &&
    !has(role, [...PERSON_TAGS, 'Organization', 'Acronym']) &&
    !place(role) &&
    !givenName(role.text) &&
    !lexiconTags(role.normal).some((t) => /Name|Person/.test(t)) &&
    // ("Broadcaster Piers Morgan": a given name the parse reads as a plural noun, before a surname it knows.)
    (given || has(name[0], PERSON_TAGS) || (name.length === 2 && has(name[1], PERSON_TAGS))) &&
    // ("Wong Ka-ho": the syllables of a hyphened given name count with it.)
    name.every(
      (t, k) =>
        (has(t, PERSON_TAGS) || t.tags.has('Hyphenated') || ((k === 0 || given) && t.tags.has('ProperNoun'))) &&
        !t.tags.has('Organization') &&
        !place(t),
    )
  );
}

/** "Singer Tobin Hale said": a role noun the lexicon knows, capitalised only because it opens the clause,
 * describes the person named after it as its lower-case form would ("the singer Tobin Hale"); callers ask it
 * before full names only ("\"Witch Hunt garbage\"" names no one). */
export function openingRole(b: Token, prev: Token | undefined): boolean {
  return clauseInitial(b, prev) && knownRole(b) && !givenName(b.text);
}
