// Person clauses: the words around a weakly typed personal-looking name (person-like.ts) that only fit a
// person, beyond the cues of person-cues.ts: a relative "who" after it ("the campaign of Ivan Sokol, who was
// arrested"), "the late" before it, an apposition naming kin ("Vera Sokol, wife of Ivan Sokol"), a role word
// and a comma before it ("his elected successor, Leon Mbaye."), an office it runs for ("Ana Reyes for vice
// president"), and, for a name of any length, a role word and "named" before it ("a Polish chef named Łukasz").
// Organisations are "which" and have no kin, successors by name or running mates.
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { personLike } from './person-like.js';
import { roleWord } from './appositive-role.js';
import { TITLES } from '../lexicon/titles.js';

type Span = NameGroup['spans'][number];

const KIN = new Set(
  `wife husband widow widower son daughter mother father brother sister grandson granddaughter grandmother
  grandfather niece nephew cousin fiancé fiancée girlfriend boyfriend`.split(/\s+/),
);
/** Words that may open an apposition or a noun phrase before a role word. */
const OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

const same = (t: Token | undefined, s: Span) => !!t && t.sentence === s.sentence;
const lower = (t: Token) => /^\p{Ll}/u.test(t.text);
const commaAfter = (t: Token) => /^,\s*$/.test(t.post);

/** "Ivan Sokol, who was arrested": a relative "who" right after the name and a comma. */
export function relativeWho(s: Span, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  const next = tokens[last.i + 1];
  return commaAfter(last) && same(next, s) && next.normal === 'who';
}

/** "the late Mira Osei": someone who has died. */
function theLate(s: Span, tokens: Token[]): boolean {
  const [late, the] = [tokens[s.tokens[0].i - 1], tokens[s.tokens[0].i - 2]];
  return same(late, s) && late.normal === 'late' && lower(late) && same(the, s) && the.normal === 'the';
}

/** "Vera Sokol, wife of Ivan Sokol", "Lena Ruiz, his sister,": kin heads the apposition. */
function kinApposition(s: Span, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  if (!commaAfter(last)) return false;
  let head = tokens[last.i + 1];
  if (same(head, s) && OPENERS.has(head.normal) && !/\S/.test(head.post)) head = tokens[head.i + 1];
  if (!same(head, s) || !lower(head) || !KIN.has(head.normal)) return false;
  const next = tokens[head.i + 1];
  return /[,.;]/.test(head.post) || !same(next, s) || next.normal === 'of';
}

/** "his elected successor, Leon Mbaye.": a role word after an opener, a comma, then the name ending the clause. */
function roleBeforeComma(s: Span, tokens: Token[]): boolean {
  const role = tokens[s.tokens[0].i - 1];
  const last = s.tokens[s.tokens.length - 1];
  if (!same(role, s) || !commaAfter(role) || !roleWord(role)) return false;
  if (!/^[,.;]/.test(last.post) && same(tokens[last.i + 1], s)) return false;
  // An opener shortly before the role word: "the", "his", "a" (not a list: "Lyon, Paris").
  for (let k = role.i - 1; k >= role.i - 3 && k >= 0; k--) {
    const t = tokens[k];
    if (!same(t, s) || /[^\s-]/.test(t.post)) return false;
    if (OPENERS.has(t.normal) || t.tags.has('Possessive')) return true;
  }
  return false;
}

/** "Ana Reyes for vice president": the office someone runs for, no name after it ("for President Biden"). */
function runsFor(s: Span, tokens: Token[]): boolean {
  const last = s.tokens[s.tokens.length - 1];
  const fo = tokens[last.i + 1];
  if (!same(fo, s) || fo.normal !== 'for' || /\S/.test(last.post)) return false;
  let office = tokens[fo.i + 1];
  if (same(office, s) && office.normal === 'vice') office = tokens[office.i + 1];
  if (!same(office, s) || !lower(office) || !TITLES.has(office.normal)) return false;
  const after = tokens[office.i + 1];
  return /\S/.test(office.post) || !same(after, s) || !/^\p{Lu}/u.test(after.text);
}

/** Role words the lexicon does not know as people: "a student named Wong". */
const PERSON_NOUNS = new Set(['student', 'person', 'pupil', 'resident', 'neighbour', 'neighbor']);
const NAMING = new Set(['named', 'called']);

/** "a Polish chef named Łukasz", "a student called Wong": a role word, "named" or "called", then the name. A
 * cue even for one word, which the other cues leave alone: "a ship named Aurora" and "a firm called Acme" have
 * no role word. */
function namedByRole(s: Span, tokens: Token[]): boolean {
  const [verb, role] = [tokens[s.tokens[0].i - 1], tokens[s.tokens[0].i - 2]];
  return (
    same(verb, s) &&
    same(role, s) &&
    NAMING.has(verb.normal) &&
    !/\S/.test(role.post) &&
    !/\S/.test(verb.post) &&
    (roleWord(role) || PERSON_NOUNS.has(role.normal))
  );
}

const CUES = [relativeWho, theLate, kinApposition, roleBeforeComma, runsFor];

export const personClauses: EntityStep = {
  name: 'person-clauses',
  description:
    'a weakly typed personal-looking name followed by ", who", after "the late", with kin or a role in apposition, or running "for president" is a Person; so is any name after "a chef named"',
  apply(groups, ctx) {
    for (const g of groups) {
      if (g.strong || g.type === 'Concept' || g.type === 'Person') continue;
      const named = g.words <= 3 && g.spans.some((s) => namedByRole(s, ctx.tokens));
      if (named || (personLike(g, ctx.tokens, groups) && g.spans.some((s) => CUES.some((cue) => cue(s, ctx.tokens))))) {
        g.type = 'Person';
        g.strong = true;
      }
    }
    return groups;
  },
};
