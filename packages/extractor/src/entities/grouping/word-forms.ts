// Merge rules for one name written with another form of one of its words: a compass word as adjective or
// noun ("East Mediterranean" beside "Eastern Mediterranean") and an organisation word in the plural after
// coordinated names ("the Labour and Green Parties" beside "the Green Party"). Each only with one candidate.
import type { MergeRule } from './merge-rules.js';
import type { NameGroup } from '../spans.js';
import { COUNTRY_NAMES } from '../lexicon/countries.js';
import { ORG_HEADS } from '../lexicon/org-words.js';

const only = (cands: NameGroup[]) => (cands.length === 1 ? cands[0] : undefined);
const COMPASS_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['eastern', 'east'],
  ['western', 'west'],
  ['northern', 'north'],
  ['southern', 'south'],
]);
const compassKey = (key: string) => {
  const [first, ...rest] = key.split(' ');
  return [COMPASS_ADJECTIVES.get(first) ?? first, ...rest].join(' ');
};

/** "East Mediterranean" after "Eastern Mediterranean": the same region with its compass word as a noun or an
 * adjective. Never a country ("South Africa" is not "Southern Africa", "East Timor" no region of Timor). */
export const compassForm: MergeRule = {
  name: 'compass-form',
  target: (s, groups) => {
    if (s.type !== 'Place' || s.words < 2 || COUNTRY_NAMES.has(s.key)) return undefined;
    const key = compassKey(s.key);
    return only(
      groups.filter(
        (g) =>
          g !== s &&
          g.type === 'Place' &&
          g.first < s.first &&
          g.key !== s.key &&
          !COUNTRY_NAMES.has(g.key) &&
          compassKey(g.key) === key,
      ),
    );
  },
};

/** Singular of an organisation word in the plural: "parties" → "party", "leagues" → "league". */
function singularHead(word: string): string | undefined {
  for (const w of [word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')])
    if (w !== word && ORG_HEADS.has(w)) return w;
  return undefined;
}

/** "the Democratic and Republican Parties" beside "the Republican Party": the plural organisation word that
 * two coordinated names share, for the one organisation named with it in the singular. */
export const pluralHead: MergeRule = {
  name: 'plural-head',
  target: (s, groups) => {
    if (s.words < 2 || s.type === 'Person' || s.type === 'Concept') return undefined;
    const head = singularHead(s.lastWord);
    if (!head) return undefined;
    const key = `${s.key.split(' ').slice(0, -1).join(' ')} ${head}`;
    return only(groups.filter((g) => g !== s && g.type === 'Organization' && g.key === key));
  },
};
