// Listed people: a personal-looking name listed next to a person ("photographers Nat Finkelstein,
// Christopher Makos and Felice Quinto") is a person too.
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

export const listedPeople: EntityStep = {
  name: 'listed-people',
  description: 'a personal-looking name listed (commas, "and", "or") next to a person is a Person',
  apply(groups, ctx) {
    retypeListedPeople(groups, ctx.tokens);
    return groups;
  },
};
