// "Kestrel" after "the start-up Kestrel Launch", "Vellor" after "Vellor Dynamics": news shortens a firm's
// two-word name to the word that opens it once the full name is given. Only a weak guess yields (the default
// guess of an organisation for a word the article never types otherwise), only to an organisation typed
// strongly, and only when one such name opens with the word ("Rocket Lab" and "Rocket Mail" leave "Rocket");
// a strongly typed word too when the name's second word is a town ("Bayern" of "Bayern Munich").
import type { MergeRule } from './merge-rules.js';
import { cityPopulation } from '../lexicon/world-cities.js';

export const firmFirstWord: MergeRule = {
  name: 'firm-first-word',
  target: (s, groups) => {
    if (s.words !== 1 || s.type !== 'Organization') return undefined;
    const cands = groups.filter((g) => g !== s && g.type === 'Organization' && g.words === 2 && g.firstWord === s.key);
    if (cands.length !== 1 || !cands[0].strong || cands[0].first > s.first) return undefined;
    // ("Bayern" after "Bayern Munich": a side named by a word and its city goes by the word, however strongly
    // the word alone is typed; "Airbus" beside "Airbus Defence" stays the parent firm.)
    return !s.strong || cityPopulation(cands[0].lastWord) > 0 ? cands[0] : undefined;
  },
};
