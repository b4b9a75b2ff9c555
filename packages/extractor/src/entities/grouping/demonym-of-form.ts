// "Iraqi Parliament" and "Parliament of Iraq", "the German Foreign Ministry" and "the Foreign Ministry of
// Germany": a body named with its country's demonym before its head is the body named with "of" that country
// after it. Only organisations, only when one organisation of the article has the "of" form.
import type { MergeRule } from './merge-rules.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { nameKey } from '../names/name-key.js';

export const demonymOfForm: MergeRule = {
  name: 'demonym-of-form',
  target: (s, groups) => {
    if (s.words < 2 || s.type !== 'Organization') return undefined;
    const [first, ...rest] = s.key.split(' ');
    const country = DEMONYMS.get(first);
    if (!country) return undefined;
    const c = nameKey(country);
    const forms = [`${rest.join(' ')} of ${c}`, `${rest.join(' ')} of the ${c}`];
    const cands = groups.filter((g) => g !== s && g.type === 'Organization' && forms.includes(g.key));
    return cands.length === 1 ? cands[0] : undefined;
  },
};
