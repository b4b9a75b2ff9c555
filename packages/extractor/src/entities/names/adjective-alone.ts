// "the Presidential race", "a Pentecostal church", "Congressional term limits", "the Islamist group": a lone
// capitalised adjective (or a creed's noun in -ist) right before a lower-case noun modifies that noun; it names
// nothing by itself. Capitals of style ("the Federal government") made such words nodes typed by guess. Kept:
// demonyms (their own rules make places of them), words the lexicon or the parse know as names ("Bush
// administration"), and an adjective before a role noun ("Republican senator Ann Hale": the party a person
// belongs to). A people's noun used as the adjective ("Latino voters", "Sunni militants") is one too. Also: a clause's first word that is a function word by itself ("Unfortunately", "They") needs
// the evidence any opener needs.
import type { Token } from '../../tokens.js';
import { aloneTags } from '../../common-word.js';
import { givenName, lexiconTags } from '../../lexicon-tags.js';
import { DEMONYMS, PEOPLE_NOUNS, STATELESS_DEMONYMS } from '../lexicon/demonyms.js';
import { has } from './name-tokens.js';

const NAME_TAGS = new Set([
  'Person',
  'FirstName',
  'LastName',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'Acronym',
  'Demonym',
]);
// The parse guesses "Adjective" for any unknown word ending in -y or -ky ("Lewinsky"): an adjective it
// does not know must at least be built like one.
const ADJECTIVE_SUFFIX = /\p{Ll}(?:al|ial|ic|ical|ive|ous|ary|ory|ful|less|able|ible|ish|ern)$/u;
const FUNCTION_TAGS = new Set(['Adverb', 'Pronoun', 'Determiner', 'Expression', 'Preposition', 'Conjunction']);

/** The word by itself is an adjective, and nothing says it is a name. The parse in context is no guide: it
 * tags "Federal" in "the Federal government" an organisation, as it tags any capitalised word. */
export function plainAdjective(word: string): boolean {
  const alone = aloneTags(word) ?? [];
  return (
    alone.includes('Adjective') &&
    (lexiconTags(word).length > 0 || ADJECTIVE_SUFFIX.test(word)) &&
    !alone.some((x) => NAME_TAGS.has(x)) &&
    !lexiconTags(word).some((x) => NAME_TAGS.has(x)) &&
    !givenName(word) &&
    !DEMONYMS.has(word.toLowerCase())
  );
}

/** A demonym of no country ("Asian", "European", "Nordic"): a continent's or region's adjective, which no rule
 * makes a place of (a plural, "The Armenians claim …", names a people). */
function regionalDemonym(word: string): boolean {
  const w = word.toLowerCase();
  return !w.endsWith('s') && lexiconTags(w).includes('Demonym') && !DEMONYMS.has(w);
}

/** A follower of a creed or doctrine ("Islamist", "Zionist", "Baptist"), a noun the parse also uses as the
 * adjective: before a noun it says what kind of group, church or movement that is. */
function creedWord(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}{3,}ist$/u.test(word) &&
    !(aloneTags(word) ?? []).some((x) => NAME_TAGS.has(x)) &&
    !lexiconTags(word).some((x) => NAME_TAGS.has(x))
  );
}

export function adjectiveAlone(tokens: Token[], after: Token | undefined): boolean {
  if (tokens.length !== 1 || !after) return false;
  const [t] = tokens;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    (plainAdjective(t.text) ||
      regionalDemonym(t.text) ||
      STATELESS_DEMONYMS.has(t.normal) ||
      PEOPLE_NOUNS.has(t.normal) ||
      creedWord(t.text)) &&
    /^ +$/.test(t.post) &&
    !after.pre &&
    /^\p{Ll}+(?:['’]s)?$/u.test(after.text) &&
    (after.tags.has('Noun') || after.tags.has('Adjective')) &&
    !has(after, ['Actor', 'Person', 'Pronoun', 'Verb'])
  );
}

/** "((Ann Lee)) Unfortunately, …", "They were …": a clause's first word that by itself is a function word,
 * an adverb or a plain adjective; the parse's name tags on it in context are no evidence. */
export function functionWordAlone(word: string): boolean {
  // "US", "IT": written in capitals, a word is an acronym whatever it spells.
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const alone = aloneTags(word) ?? [];
  return (
    (alone.some((x) => FUNCTION_TAGS.has(x)) || plainAdjective(word)) &&
    !alone.some((x) => NAME_TAGS.has(x)) &&
    !lexiconTags(word).some((x) => NAME_TAGS.has(x)) &&
    !givenName(word)
  );
}
