// Whether a name group looks like a personal name: the test every person cue applies before retyping.
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import { ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';
import { givenName, lexiconTags } from '../../lexicon-tags.js';
import { COMPASS_WORDS } from '../lexicon/compass-words.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { roleWord } from './appositive-role.js';
import { PARTICLES } from '../names/name-particles.js';

const NOT_PERSONAL = ['Adjective', 'Plural', 'Acronym', 'Place', 'Organization', 'Verb', 'Value'];
/** A name word: capitalised, lower case after, or a family name with a second capital after a prefix
 * ("McGaugh", "DeVita", "O'Neill"); not a brand's inner capital ("YouTube", "PlayStation"). */
const NAME_WORD = /^(?:Mc|Mac|De|Di|Le|O['’])?\p{Lu}\p{Ll}+(-\p{L}+)?$/u;

/** An abstract or collective noun's ending ("Intelligence", "Security", "Management", "Solutions"), on a word of
 * eight letters or more: no family name ends so ("Clement" and "Vance" are shorter), and a name holding one
 * names a body or a thing ("Brightmoor Threat Intelligence"). */
const ABSTRACT_NOUN = /^\p{L}{4,}(?:tion|sion|ment|ness|ity|ship|ism|ology|ics|ence|ance)s?$/u;
const abstractNoun = (w: string) => ABSTRACT_NOUN.test(w) && !givenName(w);

/** Some mention follows "the": "the Drudge Report", "the Peter Hall in Leeds" (personal names take no article). */
const afterThe = (g: NameGroup, tokens?: Token[]) =>
  !!tokens && g.spans.some((s) => tokens[s.tokens[0].i - 1]?.normal === 'the');

/** The name opens a longer organisation's name in the article: "Lone Star" of "Lone Star Regional Health". */
const opensBody = (g: NameGroup, groups: NameGroup[]) =>
  groups.some((o) => o !== g && o.type === 'Organization' && o.key.startsWith(`${g.key} `));

/** Every word looks like a personal name: capitalised, not a known common word, place or organisation. */
export function personLike(g: NameGroup, tokens?: Token[], groups: NameGroup[] = []): boolean {
  // "the Drudge Report", "the Abraham Accords": personal names do not take an article.
  if (afterThe(g, tokens)) return false;
  // ("Lone Star said …" after "Lone Star Regional Health": the body's name clipped, no person's.)
  if (opensBody(g, groups)) return false;
  // "Scripps Oceanography director Margaret Leinen": a name before a role word and a person's name is whom
  // that person works for.
  if (tokens && g.spans.some((s) => employerBefore(s.tokens[s.tokens.length - 1], tokens))) return false;
  // Words of the written name ("Yau Wai-ching"); tags of its capitalised tokens ("ching" is a syllable).
  const words = g.spans[0].text.split(/\s+/);
  const capitals = g.spans[0].tokens.filter((t) => /^\p{Lu}/u.test(t.text));
  return (
    g.words >= 2 &&
    g.words <= 3 &&
    // "Southern Rhodesia" … "Rhodesia" is a region and its short form, not a person and a surname.
    !COMPASS_WORDS.has(words[0].toLowerCase()) &&
    // "French Wikinews", "Welsh Water": a people's adjective opens the name of a thing of theirs, not a person's.
    !(DEMONYMS.has(words[0].toLowerCase()) && !givenName(words[0])) &&
    // ("Sanne de Vries": a family's particle inside the name, never first or last)
    words.every(
      (w, k) => (NAME_WORD.test(w) && !abstractNoun(w)) || (k > 0 && k < words.length - 1 && PARTICLES.has(w)),
    ) &&
    capitals.every(
      (t, k) =>
        !NOT_PERSONAL.some((x) => t.tags.has(x) && !(x === 'Adjective' && k > 0 && personFirst(words[0]))) &&
        !ORG_HEADS.has(t.normal) &&
        !PLACE_HEADS.has(t.normal),
    )
  );
}

/** "Taylor Swift": after a first word the lexicon knows as a person's name, a family name that is also an
 * adjective ("swift", "young", "brown") is a family name. */
const personFirst = (w: string) => givenName(w) || lexiconTags(w.toLowerCase()).includes('Person');

const employerBefore = (last: Token, tokens: Token[]) => beforeRoleAndName(last, tokens, roleWord);

/** The name ending at `last` stands right before a word `role` accepts and a capitalised name: "Scripps
 * Oceanography director Margaret Leinen", "Liverpool forward Luis Díaz" (sports-teams.ts). */
export function beforeRoleAndName(last: Token, tokens: Token[], role: (t: Token) => boolean): boolean {
  const [word, next] = [tokens[last.i + 1], tokens[last.i + 2]];
  return (
    !!word &&
    !!next &&
    word.sentence === last.sentence &&
    !/\S/.test(last.post + word.post) &&
    role(word) &&
    /^\p{Lu}/u.test(next.text)
  );
}

/** Place rules that only guess from a head word or compromise's tags, which a person's name can trip. */
const PLACE_GUESSES = new Set(['place-head', 'compromise-place']);

/**
 * "Peter Hall", "Marc Lamont Hill": a name typed Place only by its last word or compromise's guess whose first
 * word is a given name in the lexicon. It may still be a person: a person cue decides (never the name alone,
 * "Victoria Station" and "Charles Bridge" are places).
 */
export function givenNamePlace(g: NameGroup, tokens?: Token[]): boolean {
  if (g.type !== 'Place' || g.words < 2 || g.words > 3) return false;
  if (!g.spans.every((s) => PLACE_GUESSES.has(s.typeRule))) return false;
  if (afterThe(g, tokens)) return false;
  const words = g.spans[0].text.split(/\s+/);
  return (
    givenName(words[0]) &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
    g.spans[0].tokens.every((t) => !t.tags.has('Country') && !ORG_HEADS.has(t.normal))
  );
}

/**
 * "Sudesh Amman": two words typed Place only by compromise's guess from the second ("Amman", a capital),
 * whose first word no lexicon knows (no given name, no common word). A person cue decides, as for
 * givenNamePlace; without one it stays a place ("Navi Mumbai", "Kuala Lumpur").
 */
export function unknownNamePlace(g: NameGroup, tokens?: Token[]): boolean {
  if (g.type !== 'Place' || g.words !== 2 || !g.spans.every((s) => s.typeRule === 'compromise-place')) return false;
  if (afterThe(g, tokens)) return false;
  const [first, second] = g.spans[0].tokens;
  return (
    !!second &&
    /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(second.text) &&
    lexiconTags(first.text).length === 0 &&
    !['Place', 'Country', 'Organization', 'Adjective', 'Verb'].some((x) => first.tags.has(x)) &&
    !COMPASS_WORDS.has(first.normal)
  );
}
