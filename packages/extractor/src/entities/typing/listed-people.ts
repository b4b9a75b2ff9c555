// Listed people: a personal-looking name listed next to a person ("photographers Nat Finkelstein,
// Christopher Makos and Felice Quinto") is a person too; so is one after a given name and "and" ("Tomasz and
// Marek Sekielski": two people of one family name).
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { personLike } from './person-like.js';

/**
 * "photographers Nat Finkelstein, Christopher Makos and Felice Quinto": a name of plain name words listed
 * (commas, "and", "or") next to a person is a person too. Repeats along the list.
 */
function retypeListedPeople(groups: NameGroup[], tokens: Token[]): void {
  const spans = groups
    .filter((g) => g.type !== 'Concept')
    .flatMap((g) => g.spans.map((s) => ({ g, first: s.tokens[0], last: s.tokens[s.tokens.length - 1] })));
  spans.sort((a, b) => a.first.start - b.first.start);
  const candidate = new Map<NameGroup, boolean>();
  const isCandidate = (g: NameGroup) => {
    if (!candidate.has(g)) candidate.set(g, !g.strong && personLike(g, tokens, groups));
    return candidate.get(g)!;
  };
  const person = (g: NameGroup) => g.type === 'Person' && g.strong;
  // "Tomasz and Marek Sekielski", "Bill and Melinda Gates": a given name alone, joined by "and" to a name,
  // shares that name's family name.
  const givenAlone = (x: (typeof spans)[number]) =>
    x.g.type === 'Person' && x.first === x.last && x.first.tags.has('FirstName') && x.last.post.trim() === '';
  // Two names with only a comma between them are a list only when the list goes on ("A, B and C"); alone,
  // the second is in apposition to the first ("the next Space Telescope, James Webb,").
  const joined = (k: number) => k > 0 && k < spans.length && listed(spans[k - 1].last, spans[k].first, tokens);
  const inList = (k: number) => {
    const end = pastFigures(spans[k - 1].last, tokens);
    return end.post.trim() !== ',' || end.i + 1 < spans[k].first.i || joined(k - 1) || joined(k + 1);
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 1; k < spans.length; k++) {
      const a = spans[k - 1];
      const b = spans[k];
      if (!listed(a.last, b.first, tokens) || !inList(k)) continue;
      if (givenAlone(a) && !person(b.g) && isCandidate(b.g)) {
        b.g.type = 'Person';
        b.g.strong = true;
        changed = true;
        continue;
      }
      if (person(a.g) === person(b.g)) continue;
      const other = person(a.g) ? b.g : a.g;
      if (!isCandidate(other)) continue;
      other.type = 'Person';
      other.strong = true;
      changed = true;
    }
  }
}

const FIGURE = /^\d[\d:.]*$/;

/** "Dejene Debela, 2:05:46, and Asefa Mengstu, 2:05:48": a figure set off by commas after a listed name (a time,
 * an age) is the list's, not a name's: the list goes on after it. */
function pastFigures(a: Token, tokens: Token[]): Token {
  while (a.post.trim() === ',' && FIGURE.test(tokens[a.i + 1]?.text ?? '') && tokens[a.i + 1].post.trim() === ',')
    a = tokens[a.i + 1];
  return a;
}

/** Only a comma, "and" or "or" between two names. */
function listed(a: Token, b: Token, tokens: Token[]): boolean {
  if (b.i <= a.i || a.sentence !== b.sentence) return false;
  a = pastFigures(a, tokens);
  const gap = tokens.slice(a.i + 1, b.i);
  if (gap.length > 1 || gap.some((t) => (t.normal !== 'and' && t.normal !== 'or') || /\S/.test(t.post + t.pre)))
    return false;
  const sep = a.post.trim();
  return (sep === ',' || (sep === '' && gap.length === 1)) && !/\S/.test(b.pre);
}

export const listedPeople: EntityStep = {
  name: 'listed-people',
  description: 'a personal-looking name listed (commas, "and", "or") next to a person is a Person',
  apply(groups, ctx) {
    retypeListedPeople(groups, ctx.tokens);
    return groups;
  },
};
