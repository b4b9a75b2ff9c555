// "Kestrel" after "the start-up Kestrel Launch", "Vellor" after "Vellor Dynamics": news shortens a firm's name
// of two or three words to the word that opens it once the full name is given ("Delta" of "Delta Air Lines").
// Only a weak guess yields (the default guess of an organisation for a word the article never types otherwise),
// only to an organisation typed strongly, and only when one such name opens with the word ("Rocket Lab" and
// "Rocket Mail" leave "Rocket"); a strongly typed word too when the name's second word is a town ("Bayern" of
// "Bayern Munich") or when only the parse's city tag made the word a town ("Rio" of "Rio Tinto").
import type { MergeRule } from './merge-rules.js';
import type { NameGroup } from '../spans.js';
import { cityPopulation } from '../lexicon/world-cities.js';
import { ORG_HEADS } from '../lexicon/org-words.js';

/** Prepositions that put a town where something is or goes ("in Rio", "flew to Rio"). */
const PLACE_PREPOSITIONS = /\b(?:in|at|near|from|to|outside|around)$/;

/** "Rio" after "Rio Tinto": a word only the parse takes for a town (its city tag; no town of the gazetteer is
 * called so) and that the article never puts after a place's preposition is no town of its own. */
const townGuess = (s: NameGroup) =>
  s.type === 'Place' &&
  cityPopulation(s.key) === 0 &&
  s.spans.every(
    (x) =>
      x.typeRule === 'country-city' && x.tokens[0].tags.has('City') && !PLACE_PREPOSITIONS.test(x.wordsBefore ?? ''),
  );

export const firmFirstWord: MergeRule = {
  name: 'firm-first-word',
  target: (s, groups) => {
    if (s.words !== 1 || (s.type !== 'Organization' && !townGuess(s))) return undefined;
    // (A kind word opening a longer name, "Court" of "Court of Session", is the head-word rule's, which declines
    // when two names share the word.)
    const kindWord = ORG_HEADS.has(s.key);
    const cands = groups.filter(
      (g) =>
        g !== s &&
        g.type === 'Organization' &&
        (g.words === 2 || (g.words === 3 && !kindWord)) &&
        g.firstWord === s.key,
    );
    if (cands.length !== 1 || !cands[0].strong || cands[0].first > s.first) return undefined;
    // ("Bayern" after "Bayern Munich": a side named by a word and its city goes by the word, however strongly
    // the word alone is typed, and "Rio" after "Rio Tinto", a town only by the parse's guess; "Airbus" beside
    // "Airbus Defence" stays the parent firm.)
    return !s.strong || townGuess(s) || cityPopulation(cands[0].lastWord) > 0 ? cands[0] : undefined;
  },
};
