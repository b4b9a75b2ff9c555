// Disease cues: a weakly typed name that a disease word follows ("COVID-19 pandemic", "H1N1 outbreak", "Ebola
// patients") or that one is infected with, tests positive for or dies of ("died of COVID-19", "cases of
// MERS") names an illness: a topic (Concept), not the organisation a capitalised unknown name defaults to.
import type { Token } from '../../tokens.js';
import type { NameGroup } from '../spans.js';
import type { EntityStep } from '../entity-step.js';

const DISEASE_AFTER = new Set(
  'pandemic pandemics epidemic epidemics outbreak outbreaks virus infection infections patients vaccine vaccines symptoms'.split(
    ' ',
  ),
);
/** Word pairs before the name: "infected with X", "positive for X", "died of X", "cases of X". */
const DISEASE_BEFORE: ReadonlyArray<[string, string]> = [
  ['infected', 'with'],
  ['positive', 'for'],
  ['negative', 'for'],
  ['died', 'of'],
  ['died', 'from'],
  ['cases', 'of'],
  ['case', 'of'],
  ['outbreak', 'of'],
  ['spread', 'of'],
  ['vaccine', 'against'],
];

function diseaseCue(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const first = s.tokens[0];
  const last = s.tokens[s.tokens.length - 1];
  const after = tokens[last.i + 1];
  if (after && after.sentence === last.sentence && /^\s*$/.test(last.post) && DISEASE_AFTER.has(after.normal))
    return true;
  const [a, b] = [tokens[first.i - 2], tokens[first.i - 1]];
  return (
    !!a && !!b && b.sentence === first.sentence && DISEASE_BEFORE.some(([x, y]) => a.normal === x && b.normal === y)
  );
}

export const diseaseCues: EntityStep = {
  name: 'disease-cues',
  description: 'a weakly typed name before "pandemic/outbreak/patients" or after "infected with/died of" is a Concept',
  apply(groups, ctx) {
    for (const g of groups) {
      if (g.strong || g.type === 'Concept' || !g.spans.some((s) => diseaseCue(s, ctx.tokens))) continue;
      g.type = 'Concept';
      g.strong = true;
    }
    return groups;
  },
};
