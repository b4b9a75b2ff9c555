// "Iraqi Parliament" and "Parliament of Iraq", "the German Foreign Ministry" and "the Foreign Ministry of
// Germany": a body named with its country's demonym before its head is the body named with "of" that country
// after it. So is an organ of state named with its place or field before it: "the UK Supreme Court" and "the
// Supreme Court of the United Kingdom", "the Puerto Rico Supreme Court" and "the Supreme Court of Puerto Rico",
// "the Justice Department" and "the Department of Justice" (only organs of state: "Washington University" is
// not the "University of Washington"). Only organisations, only when one organisation of the article has the
// "of" form.
import type { MergeRule } from './merge-rules.js';
import type { NameGroup } from '../spans.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../lexicon/countries.js';
import { STATE_BODY_HEADS } from '../lexicon/state-body-heads.js';
import { nameKey } from '../names/name-key.js';

const MAX_PLACE_WORDS = 4;

const countryName = (key: string) => COUNTRY_ABBREVIATIONS.has(key) || COUNTRY_NAMES.has(key);

/** The keys what `prefix` names goes by in the article: itself, a country's full name for its short form, and
 * every name of the article's place group that has this one. */
function placeKeys(prefix: string, groups: NameGroup[]): string[] {
  const keys = new Set<string>([prefix]);
  const full = COUNTRY_ABBREVIATIONS.get(prefix);
  if (full) keys.add(nameKey(full));
  for (const g of groups)
    if (g.type === 'Place' && (g.key === prefix || g.spans.some((s) => s.key === prefix))) {
      keys.add(g.key);
      keys.add(nameKey(g.name));
      for (const s of g.spans) keys.add(s.key);
    }
  return [...keys];
}

/** The "of" forms of `rest` for each key: "supreme court of puerto rico", "… of the united kingdom". */
const ofForms = (rest: string, keys: string[]) => keys.flatMap((k) => [`${rest} of ${k}`, `${rest} of the ${k}`]);

export const demonymOfForm: MergeRule = {
  name: 'demonym-of-form',
  target: (s, groups) => {
    if (s.words < 2 || s.type !== 'Organization') return undefined;
    const words = s.key.split(' ');
    const forms: string[] = [];
    const country = DEMONYMS.get(words[0]);
    if (country) forms.push(...ofForms(words.slice(1).join(' '), [nameKey(country)]));
    if (STATE_BODY_HEADS.has(words[words.length - 1]))
      for (let k = 1; k < words.length && k <= MAX_PLACE_WORDS; k++)
        forms.push(...ofForms(words.slice(k).join(' '), placeKeys(words.slice(0, k).join(' '), groups)));
    if (!forms.length) return undefined;
    // ("the Agriculture Department" and "the US Department of Agriculture": the "of" form may open with its
    // country.)
    const ofForm = (key: string) =>
      forms.includes(key) ||
      forms.some((f) => key.endsWith(` ${f}`) && countryName(key.slice(0, key.length - f.length - 1)));
    const cands = groups.filter((g) => g !== s && g.type === 'Organization' && ofForm(g.key));
    return cands.length === 1 ? cands[0] : undefined;
  },
};
