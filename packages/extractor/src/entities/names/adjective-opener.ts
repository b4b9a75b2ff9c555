// "Federal Reserve Chairman Jerome Powell said …", "Supreme Court judges ruled …": a capitalised adjective
// opening a clause, right before a capitalised organisation, place or building word ("White House officials"),
// opens that organisation's name; so does one
// that opens places' names before a place's word ("New South Wales Police Assistant Commissioner …"). A clause's
// first word is a name only on evidence (name-tokens.ts), and an adjective has none of its own, so without
// this the name starts at its head ("Reserve"). Demonyms keep to their own rules ("German Army" is the
// country's army, split-run.ts). A classifying adjective (one that sorts rather than grades: "human", "public",
// "natural") before a capitalised common noun opens the name too ("Human Rights Watch said …", "Public Health
// England said …", "National Grid said …"): no one writes "Rights Watch" or "Health England", and the noun's
// capital says the pair is a name; a grading word before a name describes it ("Angry Labour Party members").
import type { Token } from '../../tokens.js';
import { lexiconTags } from '../../lexicon-tags.js';
import { commonAlone } from '../../common-word.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { ORG_HEADS, PLACE_HEADS } from '../lexicon/org-words.js';
import { FUNCTION_WORDS, clauseInitial, endsRun, isTitle } from './name-tokens.js';

/** Adjectives that open places' names ("New South Wales", "Greater Manchester", "Upper Egypt") before a word
 * the parse reads as a place's. */
const PLACE_ADJECTIVES = new Set(['new', 'great', 'greater', 'upper', 'lower', 'old']);

/** Classifying adjectives: those of a relation ending in -al, -ic or -ary ("national", "public",
 * "military"), and two the parse may read as nouns or that lack the ending. */
const CLASSIFYING = /^(?:\p{L}+(?:al|ic|ary)|human|civil)$/u;

/** Such adjectives that also say where or how someone stands ("Local Labour Party members"). */
const DESCRIBING = new Set(['local', 'critical', 'typical', 'radical', 'liberal', 'conservative', 'senior']);

export function adjectiveOpener(row: Token[], i: number, nameAt: (k: number) => boolean): boolean {
  return headOpener(row, i, nameAt) || classifyingOpener(row, i, nameAt);
}

function classifyingOpener(row: Token[], i: number, nameAt: (k: number) => boolean): boolean {
  const [t, noun, next] = [row[i], row[i + 1], row[i + 2]];
  return (
    !!noun &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    CLASSIFYING.test(t.normal) &&
    !DESCRIBING.has(t.normal) &&
    clauseInitial(t, row[i - 1]) &&
    !['ProperNoun', 'Person', 'Place', 'Organization', 'Demonym'].some((x) => t.tags.has(x)) &&
    !DEMONYMS.has(t.normal) &&
    !endsRun(t) &&
    !endsRun(noun) &&
    !/\S/.test(noun.pre) &&
    /^\p{Lu}\p{Ll}+$/u.test(noun.text) &&
    commonAlone(noun.text) &&
    // ("Political Science Professor Anna Bell": the discipline of a title, not a body's name; "Mockumentary
    // Mister America": a form of address or a role names no kind)
    !isTitle(noun) &&
    !['Honorific', 'Actor', 'Person', 'FirstName'].some((x) => noun.tags.has(x)) &&
    !(next && isTitle(next)) &&
    nameAt(i + 1)
  );
}

function headOpener(row: Token[], i: number, nameAt: (k: number) => boolean): boolean {
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
    (ORG_HEADS.has(head.normal) ||
      // ("White House officials said", "Red Sea shipping", "Grand Canyon visitors": a place's or building's word)
      PLACE_HEADS.has(head.normal) ||
      head.normal === 'house' ||
      (PLACE_ADJECTIVES.has(t.normal) && head.tags.has('Place'))) &&
    nameAt(i + 1)
  );
}
