// "the Fed" for "the Federal Reserve", "the Met" for "the Metropolitan Police": news clips the first word of a
// body's name to call it by. A one-word organisation's name of three or four letters that opens the first word
// of exactly one organisation's longer name written before it, at least two letters shorter than that word, is
// that organisation. Longer words are stems the longer name derives a word from ("Europe" beside "European
// Union", "Congress" beside "Congressional Black Caucus"), and a word the lexicon knows as a given name is a
// person's ("Sam" beside "Samsung Electronics").
import type { MergeRule } from './merge-rules.js';
import { givenName } from '../../lexicon-tags.js';

export const clippedName: MergeRule = {
  name: 'clipped-name',
  target: (s, groups) => {
    if (s.words !== 1 || s.key.length < 3 || s.key.length > 4 || s.type !== 'Organization') return undefined;
    if (givenName(s.surface)) return undefined;
    const cands = groups.filter(
      (g) =>
        g !== s &&
        g.type === 'Organization' &&
        g.words >= 2 &&
        g.first < s.first &&
        g.firstWord.startsWith(s.key) &&
        g.firstWord.length >= s.key.length + 2,
    );
    return cands.length === 1 ? cands[0] : undefined;
  },
};
