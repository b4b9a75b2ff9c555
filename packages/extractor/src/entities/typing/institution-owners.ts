// "Oxford's Department of Biology" after "the University of Oxford": a town's name owning a unit of an
// institution (a department, school, faculty …) stands for the institution the article names after that town,
// not the town. A place whose every mention so owns a unit, when the article names "University of X" or "X
// University" (or College), becomes an organisation (weakly), which the merge rules then join to it.
import type { Token } from '../../tokens.js';
import type { EntityStep } from '../entity-step.js';
import type { NameGroup } from '../spans.js';
import { endsPossessive } from './person-cues.js';

/** Units of a university or college, capitalised after the owner's possessive (not a museum or hospital, which
 * a town has too: "London's Science Museum"). */
const UNITS = new Set('department school faculty institute college laboratory'.split(' '));
const INSTITUTIONS = ['university', 'college'];

/** The span is a possessive right before a capitalised unit word: "Oxford's Department". */
function ownsUnit(s: NameGroup['spans'][number], tokens: Token[]): boolean {
  const unit = tokens[s.tokens[s.tokens.length - 1].i + 1];
  return endsPossessive(s) && unit?.sentence === s.sentence && /^\p{Lu}/u.test(unit.text) && UNITS.has(unit.normal);
}

export const institutionOwners: EntityStep = {
  name: 'institution-owners',
  description:
    'a place whose every mention owns a unit of an institution ("Oxford\'s Department of Biology") stands for the "University of Oxford" the article names',
  apply(groups, ctx) {
    const keys = new Set(groups.filter((g) => g.type === 'Organization').map((g) => g.key));
    for (const g of groups) {
      if (g.type !== 'Place' || !g.spans.every((s) => ownsUnit(s, ctx.tokens))) continue;
      const named = INSTITUTIONS.some((w) => keys.has(`${w} of ${g.key}`) || keys.has(`${g.key} ${w}`));
      if (named) [g.type, g.strong] = ['Organization', false];
    }
    return groups;
  },
};
