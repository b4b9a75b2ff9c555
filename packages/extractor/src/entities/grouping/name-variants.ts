// Merge rules for names that are written differently, not shortened: the name a person was born with, a
// second romanisation of one name, and an organisation's name without its "of" complement.
import type { MergeRule } from './merge-rules.js';
import type { NameGroup } from '../spans.js';
import { foldLetters, spellingSkeleton } from '../names/name-key.js';
import { spelledOutCountry } from '../lexicon/countries.js';
import { compatible } from './compatible.js';

const consonants = (skeleton: string) => skeleton.replace(/[^\p{L}]|a/gu, '').length;
const only = (cands: NameGroup[]) => (cands.length === 1 ? cands[0] : undefined);
const skeletons = new WeakMap<NameGroup, string>();
/** Each group's skeleton once per key (a group's key never changes while merging). */
function skeletonOf(g: NameGroup): string {
  let k = skeletons.get(g);
  if (k === undefined) skeletons.set(g, (k = spellingSkeleton(g.key)));
  return k;
}

/** "Ginger Baker was born Peter Edward Baker": the person whose name ends right before "was born"; "Born
 * Robert Burns in Arroyo Grande, he took his stepfather's name": the one person named earlier who shares a
 * word of the name (a given name kept, or a family name). */
export const birthName: MergeRule = {
  name: 'birth-name',
  target: (s, groups) => {
    if (s.words < 2 || (s.strong && s.type !== 'Person')) return undefined;
    if (s.spans.some((x) => x.wordsBefore === 'born')) {
      const words = new Set(s.key.split(' '));
      const sharing = groups.filter(
        (g) => g !== s && g.type === 'Person' && g.first < s.first && g.key.split(' ').some((w) => words.has(w)),
      );
      return sharing.length ? only(sharing) : openingBorn(s, groups);
    }
    const ends = new Set(
      s.spans.filter((x) => x.wordsBefore === 'was born' || x.wordsBefore === 'is born').map((x) => x.tokens[0].i - 3),
    );
    if (!ends.size) return undefined;
    return only(
      groups.filter(
        (g) => g !== s && g.type === 'Person' && g.spans.some((x) => ends.has(x.tokens[x.tokens.length - 1].i)),
      ),
    );
  },
};

/** "Born Jorge Mario Bergoglio in Buenos Aires, Francis was …": a sentence opened by "Born" and the birth name
 * says it of the main clause's subject, the first name after it there that is no place, when that is a person
 * the article named before. */
function openingBorn(s: NameGroup, groups: NameGroup[]): NameGroup | undefined {
  const span = s.spans.find((x) => x.wordsBefore === 'born' && x.tokens[0].pos === 1);
  if (!span) return undefined;
  const end = span.tokens[span.tokens.length - 1].pos;
  let next: { g: NameGroup; pos: number } | undefined;
  // (past the birthplace: "in Buenos Aires")
  for (const g of groups)
    for (const x of g.spans)
      if (g !== s && g.type !== 'Place' && x.sentence === span.sentence && x.tokens[0].pos > end)
        if (!next || x.tokens[0].pos < next.pos) next = { g, pos: x.tokens[0].pos };
  return next && next.g.type === 'Person' && next.g.first < s.first ? next.g : undefined;
}

/** A middle name written as its initial ("k" of "Richard K. Guy", the key's dot gone). */
export const isInitial = (word: string) => /^\p{L}$/u.test(word);

/** "Richard K. Guy" beside "Richard Kenneth Guy": the same first and last name, the middle name given by its
 * initial, one person with a middle name spelled out that begins with it. */
export const middleInitial: MergeRule = {
  name: 'middle-initial',
  target: (s, groups) => {
    if (s.words !== 3 || s.type !== 'Person') return undefined;
    const [first, middle, last] = s.key.split(' ');
    if (!isInitial(middle)) return undefined;
    return only(
      groups.filter((g) => {
        if (g === s || g.type !== 'Person' || g.words !== 3) return false;
        const [f, m, l] = g.key.split(' ');
        return f === first && l === last && m.length > 1 && m.startsWith(middle);
      }),
    );
  },
};

/** "Hamza bin Ladin" beside "Hamza bin Laden": one word differs only in its vowels or doubled letters, the
 * name has at least five consonants ("Ali Hassan" and "Ali Hussein" stay two people), one earlier candidate. */
export const romanisation: MergeRule = {
  name: 'romanisation',
  target: (s, groups) => {
    if (s.type === 'Concept' || s.words < 2 || consonants(skeletonOf(s)) < 5) return undefined;
    const words = s.key.split(' ');
    const skeleton = skeletonOf(s);
    return only(
      groups.filter((g) => {
        if (g === s || g.first > s.first || g.type === 'Concept' || !compatible(s, g) || g.key === s.key) return false;
        if (g.words !== s.words || skeletonOf(g) !== skeleton) return false;
        const other = g.key.split(' ');
        return other.length === words.length && other.filter((w, k) => w !== words[k]).length === 1;
      }),
    );
  },
};

/** How many letters of `key` carry an accent or are special letters. */
const marked = (key: string) => [...key.normalize('NFC')].filter((c) => foldLetters(c) !== c).length;
const folds = new WeakMap<NameGroup, { folded: string; marks: number }>();
/** Each group's folded key and its marks, once per key: the rule compares every pair of the article's groups. */
function foldOf(g: NameGroup): { folded: string; marks: number } {
  let f = folds.get(g);
  if (f === undefined) folds.set(g, (f = { folded: foldLetters(g.key), marks: marked(g.key) }));
  return f;
}

/** "Jaroslaw Kaczynski" in a headline beside "Jarosław Kaczyński" in the body: the same letters once accents and
 * special letters are folded. The plainer form joins the one with more marks, so the name keeps its own
 * spelling; one candidate only. */
export const accentFold: MergeRule = {
  name: 'accent-fold',
  target: (s, groups) => {
    if (s.type === 'Concept') return undefined;
    const { folded, marks } = foldOf(s);
    return only(
      groups.filter(
        (g) =>
          g !== s &&
          g.type !== 'Concept' &&
          g.key !== s.key &&
          foldOf(g).folded === folded &&
          foldOf(g).marks > marks &&
          compatible(s, g),
      ),
    );
  },
};

/** The key with a saint's abbreviated title spelled out ("st louis" → "saint louis"), or undefined. */
export const saintKey = (key: string): string | undefined => (/^st /.test(key) ? `saint ${key.slice(3)}` : undefined);

/** "St. Louis" beside "Saint Louis": a saint's abbreviated title is the word. */
export const saintForm: MergeRule = {
  name: 'saint-form',
  target: (s, groups) => {
    const full = s.type === 'Concept' ? undefined : saintKey(s.key);
    return full ? only(groups.filter((g) => g !== s && g.key === full && compatible(s, g))) : undefined;
  },
};

/** "U.S. House" for "U.S. House of Representatives": an organisation's name before its "of" complement, when
 * one organisation of the article has it ("Ohio House" may be guessed a place: only a sure place stays). */
export const ofComplement: MergeRule = {
  name: 'of-complement',
  target: (s, groups) => {
    if (s.words < 2 || s.type === 'Person' || s.type === 'Concept' || (s.strong && s.type === 'Place'))
      return undefined;
    // "U.S. House" for "United States House of Representatives": a country's short form spelled out.
    const spelled = spelledOutCountry(s.key);
    const keys = spelled ? [s.key, spelled] : [s.key];
    return only(
      groups.filter(
        (g) =>
          g !== s && g.type === 'Organization' && keys.some((k) => g.key.startsWith(`${k} of `)) && compatible(s, g),
      ),
    );
  },
};
