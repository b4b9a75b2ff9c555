// "Lone Star" after "Lone Star Regional Health", "Dorn Valley" after "Dorn Valley Water Authority": news calls an
// organisation by the two or three words its longer name opens with, once the full name is given. A weakly typed
// organisation's name of two or more words joins the one organisation named before it whose name opens with all
// its words and has one or two more; two such ("Lone Star Bank", "Lone Star Health") leave it alone, and so does
// a strongly typed name (a body of its own: "Supreme Court" beside "Supreme Court Bar Association").
import type { MergeRule } from './merge-rules.js';

export const firmOpeningWords: MergeRule = {
  name: 'firm-opening-words',
  target: (s, groups) => {
    if (s.words < 2 || s.type !== 'Organization' || s.strong) return undefined;
    // Only the default guess yields: a name the lexicon knows ("United Nations" beside the cut "United Nations
    // Educational") is its own.
    if (s.spans.some((x) => x.typeRule !== 'default')) return undefined;
    const cands = groups.filter(
      (g) =>
        g !== s &&
        g.type === 'Organization' &&
        g.words > s.words &&
        g.words <= s.words + 2 &&
        g.first < s.first &&
        g.key.startsWith(`${s.key} `) &&
        // ("Bharat Ratna Pranab Mukherjee": an award's name run into a person's is no longer name of the award;
        // asked only of the few names that open so, not of every group.)
        !groups.some((o) => o.key === g.key.slice(s.key.length + 1)),
    );
    return cands.length === 1 ? cands[0] : undefined;
  },
};
