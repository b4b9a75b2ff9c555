// A party named by its members' word: "fellow Republican Representative Francis Rooney", "a Democrat",
// "Labour MP Tom Watson" speak of the Republican, Democratic or Labour Party. Standing alone, such a word
// made an Organization of its own ("Republican", "Democrats"), one node per spelling beside the party's.
// It joins the party the article names ("Democratic Party", "Maryland Democratic Party", only when one);
// with none named, the node is named as the party, so that every article's mentions meet on one node.
import type { EntityStep } from '../entity-step.js';
import type { NameGroup } from '../spans.js';
import { nameKey } from '../names/name-key.js';
import { joinGroup } from './make-group.js';

const RULE = 'party-name';

/** A member's or adherent's word → the word the party's name is made of. */
const PARTY_WORDS: ReadonlyMap<string, string> = new Map([
  ['democrat', 'Democratic'],
  ['democrats', 'Democratic'],
  ['democratic', 'Democratic'],
  ['republican', 'Republican'],
  ['republicans', 'Republican'],
  ['labour', 'Labour'],
  ['tory', 'Conservative'],
  ['tories', 'Conservative'],
]);

export const partyNames: EntityStep = {
  name: 'party-names',
  description: 'a party member\'s word alone ("a Republican", "Democrats") is the party ("Republican Party")',
  apply(groups) {
    const joined = new Set<NameGroup>();
    for (const g of groups) {
      const word = PARTY_WORDS.get(g.key);
      // The parser may take the word before a name for a person ("Republican Ann Dorn"): a guess, never a name.
      const guessed = g.type === 'Organization' || (g.type === 'Person' && !g.strong);
      if (!word || !guessed || g.words !== 1) continue;
      const key = nameKey(`${word} Party`);
      const parties = groups.filter(
        (p) => p !== g && p.type === 'Organization' && (p.key === key || p.key.endsWith(` ${key}`)),
      );
      if (parties.length > 1) continue;
      const [party] = parties;
      if (party) {
        joinGroup(party, g, RULE);
        joined.add(g);
      } else {
        for (const s of g.spans) s.mergedBy ??= RULE;
        Object.assign(g, {
          name: `${word} Party`,
          type: 'Organization',
          key,
          words: 2,
          lastWord: 'party',
          strong: true,
        });
      }
    }
    return joined.size ? groups.filter((g) => !joined.has(g)) : groups;
  },
};
