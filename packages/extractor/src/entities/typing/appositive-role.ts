// "Kadri Tamm, the Information Minister, said", "Ola Berg, a senior judge at the court": a name followed by a
// comma and a noun phrase headed by an office title is that office's holder; "Zalmay Khalilzad, a US peace
// envoy," one headed by a word for a person's role is that person; so is "Ilse Varga, head of the water
// board," where the title opens the apposition with no article (news style for an office). Person cues ask it only of names that look
// personal (person-like.ts): "Acme, the market leader" is no person.
import type { Token } from '../../tokens.js';
import type { NameSpan } from '../spans.js';
import { isTitle } from '../names/name-tokens.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { knownRole } from '../names/role-opener.js';

/** Role nouns compromise's lexicon does not mark as people ("nominee", "treasurer", a player's position). */
const ROLES = new Set(
  `nominee candidate treasurer incumbent challenger contender winner aide adviser envoy confidant successor negotiator mediator
  predecessor eyewitness founder cofounder co-founder official spinner bowler batsman batter fielder striker
  midfielder defender winger forward goalkeeper substitute pitcher quarterback sprinter billionaire millionaire philanthropist oligarch
  magnate`.split(/\s+/),
);

/** Nouns for a practitioner: "ecologist", "botanist", "novelist" (not "playlist", "exist", "insist"). */
const PRACTITIONER = /^\p{Ll}{3,}(?:[aeiou]list|[^ls]ist)$/u;

/** A lower-case word for a person's role: "envoy", "nominee", a practitioner's noun ("ecologist"), or a noun the
 * lexicon knows as an actor ("lawyer"). */
export function roleWord(t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) && (ROLES.has(t.normal) || PRACTITIONER.test(t.normal) || knownRole(t));
}

/** Words that may follow the head of an apposition: its complement or the sentence going on. */
const AFTER_HEAD = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'to', 'who', 'and']);

const BARE_COMPLEMENT = new Set(['of', 'for', 'at']);

const OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** The span is followed by ", the … <title>" with at most three words before the title, which ends the
 * phrase (a comma, the sentence end, "of"/"for"/"at" and a complement, or the clause's verb). */
export function appositiveTitle(s: NameSpan, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  if (!/^,\s*$/.test(last.post)) return false;
  const first = tokens[last.i + 1];
  if (!first || first.sentence !== s.sentence) return false;
  if (first.normal === 'one' && tokens[first.i + 1]?.normal === 'of') return oneOfRole(first, tokens);
  // ("Dmytro Lubinets, Ukraine's human rights commissioner,": a possessive name opens it as an article does.)
  if (!OPENERS.has(first.normal) && !/^\p{Lu}.*['’]s$/u.test(first.text)) return bareTitle(first, tokens);
  // (four words at most; "a 44-year-old Ukrainian bishop": the pieces of a hyphened word count as one)
  for (let k = first.i + 1, words = 0; words < 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.post !== '-') words++;
    if (t.sentence !== s.sentence) return false;
    if (isTitle(t)) return true;
    // A role word must head the phrase: "Ola Berg, a lawyer's aide" is an aide, not a lawyer.
    const next = tokens[k + 1];
    const ends = /[,;.]/.test(t.post) || !next || next.sentence !== s.sentence || AFTER_HEAD.has(next.normal);
    if (roleWord(t) && ends && !t.tags.has('Possessive')) return true;
    if (/[^\s-]/.test(t.post)) return false;
  }
  return false;
}

/** ", chief of the …", ", spokesman for the …": a lower-case title right after the comma, taking "of"/"for"/"at"
 * and a complement. Without an article only an office title counts, not any role noun ("Vell Mobile, maker of
 * the phone" is a firm); the complement keeps a list of names ("Lyon, Paris") out. */
function bareTitle(first: Token, tokens: Token[]): boolean {
  const next = tokens[first.i + 1];
  if (!next || next.sentence !== first.sentence || /\S/.test(first.post)) return false;
  if (!/^\p{Ll}/u.test(first.text) || !BARE_COMPLEMENT.has(next.normal)) return false;
  return isTitle(first);
}

/** ", one of President Ana Ruiz's aides,", ", one of the founders of …": one of a plural role noun that ends the
 * phrase, within five words, after only names and determiners. */
function oneOfRole(first: Token, tokens: Token[]): boolean {
  for (let k = first.i + 2; k <= first.i + 6 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentence !== first.sentence) return false;
    const next = tokens[k + 1];
    const ends = /[,;.]/.test(t.post) || !next || next.sentence !== t.sentence || AFTER_HEAD.has(next.normal);
    const one = t.normal.replace(/s$/, '');
    if (
      ends &&
      /s$/.test(t.normal) &&
      /^\p{Ll}/u.test(t.text) &&
      (ROLES.has(one) || lexiconTags(one).includes('Actor'))
    )
      return true;
    // Only names and determiners before the noun: "one of the largest phone makers" may be a firm.
    if (ends || /[^\s-]/.test(t.post) || (/^\p{Ll}/u.test(t.text) && !OPENERS.has(t.normal))) return false;
  }
  return false;
}
