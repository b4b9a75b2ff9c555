// Person cues for names compromise does not know ("Dries Mertens", "Junius Ho"): a weakly typed name of
// two or three plain name words becomes a Person when it speaks ("X said", "said X"), when a personal
// pronoun follows it with no other person in between, when it is a member "of"/"from" an organisation, or
// when it is listed next to a person.
import type { Token } from '../tokens.js';
import type { NameGroup } from './name-group.js';
import { ORG_HEADS, PLACE_HEADS } from './lexicon/org-words.js';
import { PERSON_PRONOUNS } from './lexicon/pronouns.js';
import { TITLES } from './lexicon/titles.js';

const SPEECH = new Set([
  'said',
  'says',
  'told',
  'added',
  'explained',
  'stated',
  'wrote',
  'asked',
  'replied',
  'noted',
  'argued',
]);
const NOT_PERSONAL = ['Adjective', 'Plural', 'Acronym', 'Place', 'Organization', 'Verb', 'Value'];

/** Every word looks like a personal name: capitalised, not a known common word, place or organisation. */
export function personLike(g: NameGroup, tokens?: Token[]): boolean {
  // "the Drudge Report", "the Abraham Accords": personal names do not take an article.
  if (tokens && g.spans.some((s) => tokens[s.tokens[0].i - 1]?.normal === 'the')) return false;
  // Words of the written name ("Yau Wai-ching"); tags of its capitalised tokens ("ching" is a syllable).
  const words = g.spans[0].text.split(/\s+/);
  const capitals = g.spans[0].tokens.filter((t) => /^\p{Lu}/u.test(t.text));
  return (
    g.words >= 2 &&
    g.words <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+(-\p{L}+)?$/u.test(w)) &&
    capitals.every(
      (t) => !NOT_PERSONAL.some((x) => t.tags.has(x)) && !ORG_HEADS.has(t.normal) && !PLACE_HEADS.has(t.normal),
    )
  );
}

export function retypeByPersonCues(groups: NameGroup[], tokens: Token[]): void {
  const candidates = groups.filter((g) => !g.strong && g.type !== 'Concept' && personLike(g, tokens));
  if (!candidates.length) return;
  const spanOwner = new Map<number, NameGroup>();
  for (const g of groups) for (const s of g.spans) spanOwner.set(s.tokens[s.tokens.length - 1].i, g);
  const becomePerson = new Set<NameGroup>();
  for (const g of candidates) {
    for (const s of g.spans) {
      const after = tokens[s.tokens[s.tokens.length - 1].i + 1];
      const before = tokens[s.tokens[0].i - 1];
      if ((after && SPEECH.has(after.normal)) || (before && SPEECH.has(before.normal))) becomePerson.add(g);
    }
  }
  // "Ambassador to the United States Hamdullah Mohib": a title shortly before, with only small words
  // and place names in between.
  for (const g of candidates) {
    for (const s of g.spans) {
      for (let k = s.tokens[0].i - 1; k >= 0 && k >= s.tokens[0].i - 6; k--) {
        const t = tokens[k];
        if (TITLES.has(t.normal)) {
          becomePerson.add(g);
          break;
        }
        if (!(t.tags.has('Place') || t.tags.has('Preposition') || t.tags.has('Determiner') || t.normal === 'to')) break;
      }
    }
  }
  // "Nathan Law of Demosisto", "Hui Chi-fung from the Democratic Party": a name of an organisation's member.
  const orgAt = new Map<number, NameGroup>();
  for (const g of groups)
    if (g.type === 'Organization' && g.strong) for (const s of g.spans) orgAt.set(s.tokens[0].i, g);
  for (const g of candidates) {
    for (const s of g.spans) {
      const of = tokens[s.tokens[s.tokens.length - 1].i + 1];
      if (!of || (of.normal !== 'of' && of.normal !== 'from') || /\S/.test(s.tokens[s.tokens.length - 1].post))
        continue;
      const at = tokens[of.i + 1]?.normal === 'the' ? of.i + 2 : of.i + 1;
      const org = orgAt.get(at);
      if (org && org !== g) becomePerson.add(g);
    }
  }
  // A personal pronoun whose nearest preceding name (same or previous sentence) is a candidate.
  let lastName: { group: NameGroup; sentence: number } | undefined;
  for (const t of tokens) {
    const owner = spanOwner.get(t.i);
    if (owner) lastName = { group: owner, sentence: t.sentence };
    else if (
      PERSON_PRONOUNS.has(t.normal) &&
      t.tags.has('Pronoun') &&
      lastName &&
      t.sentence - lastName.sentence <= 1
    ) {
      if (candidates.includes(lastName.group)) becomePerson.add(lastName.group);
    }
  }
  for (const g of becomePerson) {
    g.type = 'Person';
    g.strong = true;
  }
}

/**
 * "photographers Nat Finkelstein, Christopher Makos and Felice Quinto": a name of plain name words listed
 * (commas, "and", "or") next to a person is a person too. Repeats along the list.
 */
export function retypeListedPeople(groups: NameGroup[], tokens: Token[]): void {
  const spans = groups
    .filter((g) => g.type !== 'Concept')
    .flatMap((g) => g.spans.map((s) => ({ g, first: s.tokens[0], last: s.tokens[s.tokens.length - 1] })));
  spans.sort((a, b) => a.first.start - b.first.start);
  const candidate = new Map<NameGroup, boolean>();
  const isCandidate = (g: NameGroup) => {
    if (!candidate.has(g)) candidate.set(g, !g.strong && personLike(g, tokens));
    return candidate.get(g)!;
  };
  const person = (g: NameGroup) => g.type === 'Person' && g.strong;
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 1; k < spans.length; k++) {
      const a = spans[k - 1];
      const b = spans[k];
      if (!listed(a.last, b.first, tokens) || person(a.g) === person(b.g)) continue;
      const other = person(a.g) ? b.g : a.g;
      if (!isCandidate(other)) continue;
      other.type = 'Person';
      other.strong = true;
      changed = true;
    }
  }
}

/** Only a comma, "and" or "or" between two names. */
function listed(a: Token, b: Token, tokens: Token[]): boolean {
  if (b.i <= a.i || a.sentence !== b.sentence) return false;
  const gap = tokens.slice(a.i + 1, b.i);
  if (gap.length > 1 || gap.some((t) => (t.normal !== 'and' && t.normal !== 'or') || /\S/.test(t.post + t.pre)))
    return false;
  const sep = a.post.trim();
  return (sep === ',' || (sep === '' && gap.length === 1)) && !/\S/.test(b.pre);
}
