// Family members: "his brother Alex Van Halen" … "Eddie Van Halen". A weakly typed name of a given name and
// the family name of a person the article names is a relative of that person, not the band or firm the parse
// took it for (compromise tags "Van Halen" an organisation). Only a given name the lexicon or the parse knows
// opens it, so "Morgan Stanley" beside "Ann Stanley" needs "Morgan" read as a given name in its sentence.
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';
import { givenName } from '../../lexicon-tags.js';
import { ORG_HEADS } from '../lexicon/org-words.js';

/** The name's words after its given name ("van halen"), or undefined when it does not open with one. */
function familyPart(g: NameGroup): string | undefined {
  if (g.words < 2 || g.words > 3) return undefined;
  const s = g.spans[0];
  if (!s.tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !ORG_HEADS.has(t.normal))) return undefined;
  if (!(s.tokens[0].tags.has('FirstName') || givenName(s.tokens[0].text))) return undefined;
  return g.key.split(' ').slice(1).join(' ');
}

export const familyMembers: EntityStep = {
  name: 'family-members',
  description:
    'a weakly typed name of a given name and the family name of a person the article names ("Alex Van Halen" … "Eddie Van Halen") is a Person',
  apply(groups) {
    const families = new Map<string, Set<string>>();
    for (const g of groups) {
      if (g.type !== 'Person' || !g.strong) continue;
      const rest = familyPart(g);
      if (rest) families.set(rest, (families.get(rest) ?? new Set()).add(g.firstWord));
    }
    for (const g of groups) {
      if (g.strong || g.type !== 'Organization') continue;
      const rest = familyPart(g);
      const kin = rest ? families.get(rest) : undefined;
      if (!kin || ![...kin].some((first) => first !== g.firstWord)) continue;
      g.type = 'Person';
      g.strong = true;
    }
    return groups;
  },
};
