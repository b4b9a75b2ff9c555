// Merge rules for one name written with another form of one of its words: a compass word as adjective or
// noun ("East Mediterranean" beside "Eastern Mediterranean"), an organisation word in the plural after
// coordinated names ("the Labour and Green Parties" beside "the Green Party"), and a body called by its members
// ("the Border Guards" beside "the State Border Guard Service"). Each only with one candidate.
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

/** Words that close a body's name after the word for its members ("Guard Corps", "Border Guard Service"). */
const MEMBER_BODY_WORDS = new Set(['corps', 'force', 'service', 'army']);

/** "the Border Guards" beside "the State Border Guard Service": a name ending in a plural is the body whose
 * name has the same words in the singular, right before a word such as "Corps" or "Service" (first words may
 * be left out, as a short form leaves them). */
export const memberPlural: MergeRule = {
  name: 'member-plural',
  target: (s, groups) => {
    if (s.words < 2 || s.type === 'Person' || s.type === 'Concept') return undefined;
    const words = s.key.split(' ');
    const last = words[words.length - 1];
    if (!/[^s]s$/.test(last)) return undefined;
    const singular = [...words.slice(0, -1), last.slice(0, -1)].join(' ');
    return only(
      groups.filter((g) => {
        if (g === s || g.type !== 'Organization' || (s.strong && s.type !== 'Organization')) return false;
        const key = ` ${g.key} `;
        const at = key.indexOf(` ${singular} `);
        const [body, of] = key
          .slice(at + singular.length + 2)
          .trim()
          .split(' ');
        return at >= 0 && MEMBER_BODY_WORDS.has(body) && (of === undefined || of === 'of');
      }),
    );
  },
};
