// Person cues for names compromise does not know ("Dries Mertens", "Junius Ho"): a weakly typed name of
// two or three plain name words becomes a Person when it speaks ("X said", "said X") or when a personal
// pronoun follows it with no other person in between.
import type { Token } from '../tokens.js';
import type { NameGroup } from './name-group.js';
import { ORG_HEADS, PLACE_HEADS } from './lexicon/org-words.js';
import { PERSON_PRONOUNS } from './lexicon/pronouns.js';
import { TITLES } from './lexicon/titles.js';

const SPEECH = new Set(['said', 'says', 'told', 'added', 'explained', 'stated', 'wrote', 'asked', 'replied', 'noted', 'argued']);
const NOT_PERSONAL = ['Adjective', 'Plural', 'Acronym', 'Place', 'Organization', 'Verb', 'Value'];

/** Every word looks like a personal name: capitalised, not a known common word, place or organisation. */
export function personLike(g: NameGroup, tokens?: Token[]): boolean {
  // "the Drudge Report", "the Abraham Accords": personal names do not take an article.
  if (tokens && g.spans.some((s) => tokens[s.tokens[0].i - 1]?.normal === 'the')) return false;
  const words = g.spans[0].tokens;
  return (
    g.words >= 2 &&
    g.words <= 3 &&
    words.every((t) => /^\p{Lu}\p{Ll}+(-\p{L}+)?$/u.test(t.text) && !NOT_PERSONAL.some((x) => t.tags.has(x)) && !ORG_HEADS.has(t.normal) && !PLACE_HEADS.has(t.normal))
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
  // A personal pronoun whose nearest preceding name (same or previous sentence) is a candidate.
  let lastName: { group: NameGroup; sentence: number } | undefined;
  for (const t of tokens) {
    const owner = spanOwner.get(t.i);
    if (owner) lastName = { group: owner, sentence: t.sentence };
    else if (PERSON_PRONOUNS.has(t.normal) && t.tags.has('Pronoun') && lastName && t.sentence - lastName.sentence <= 1) {
      if (candidates.includes(lastName.group)) becomePerson.add(lastName.group);
    }
  }
  for (const g of becomePerson) {
    g.type = 'Person';
    g.strong = true;
  }
}
