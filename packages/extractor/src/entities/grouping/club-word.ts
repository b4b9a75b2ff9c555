// "Vallmont" after "Olympique Vallmont", "Dortmund" after "Borussia Dortmund": news calls a sports club by its
// name without the club's word before it. A weakly typed one-word name joins the one organisation whose name is a
// club's word (lexicon/org-words.ts: words that open nothing but a club's name) and that word. ("Kestrel" of
// "Kestrel FC" is a firm's first word: firm-first-word.ts.)
import type { MergeRule } from './merge-rules.js';
import { CLUB_ONLY_OPENERS } from '../lexicon/org-words.js';

export const clubWord: MergeRule = {
  name: 'club-word',
  target: (s, groups) => {
    if (s.words !== 1 || s.strong || s.type === 'Concept') return undefined;
    const cands = groups.filter((g) => {
      if (g === s || g.type !== 'Organization' || g.words !== 2) return false;
      const [first, last] = g.key.split(' ');
      return CLUB_ONLY_OPENERS.has(first) && last === s.key;
    });
    return cands.length === 1 ? cands[0] : undefined;
  },
};
