// The predicate and ends halves of the fact-matching rule (gold/facts/README.md).
import type { Predicate } from '@kg/extractor';
import { cueOccurs, endsFit, predicateFits } from '../src/fact-match.js';
import { fact } from './fixtures.js';

test.each([
  ['the cue as a word', 'ban', 'imposed a ban on', true],
  ['a word starting with the cue', 'ban', 'banned', true],
  ['the cue inside a word does not count', 'ban', 'urban plans', false],
  ['case does not matter', 'Sanction', 'expand SANCTIONS on', true],
  ['a hyphenated cue against spaced words', 'state-owned', 'is state owned by', true],
  ['a two-word cue needs both words in order', 'take place', 'will take place in', true],
  ['… and not with another word between', 'take place', 'take the place of', false],
  ['an empty cue never matches', ' ', 'anything', false],
])('cueOccurs: %s', (_rule, cue, phrase, expected) => {
  expect(cueOccurs(cue, phrase)).toBe(expected);
});

const p = (type: string, lemma: string, text = lemma): Predicate => ({ type, lemma, text });

test.each([
  ['type among the types', p('SANCTIONS', 'hit'), { types: ['BLOCKS', 'SANCTIONS'] }, true],
  ['type outside the types, no cue', p('OWNS', 'hit'), { types: ['SANCTIONS'], cues: ['sanction'] }, false],
  ['a cue in the lemma', p('RELATED_TO', 'sanction', 'hit'), { types: ['SANCTIONS'], cues: ['sanction'] }, true],
  [
    'a cue in the raw phrase',
    p('RELATED_TO', 'expand', 'expand sanctions on'),
    { types: ['SANCTIONS'], cues: ['sanction'] },
    true,
  ],
  [
    'SAYS never matches a fact without SAYS, even by cue',
    p('SAYS', 'say', 'said'),
    { types: ['CRITICIZES'], cues: ['said'] },
    false,
  ],
  ['SAYS matches a SAYS fact', p('SAYS', 'say', 'said'), { types: ['SAYS'] }, true],
  ['RELATED_TO matches a RELATED_TO fact by type', p('RELATED_TO', 'hold'), { types: ['RELATED_TO'] }, true],
])('predicateFits: %s', (_rule, predicate, more, expected) => {
  expect(predicateFits(predicate, fact('f1', 'A', 'B', more))).toBe(expected);
});

test.each([
  ['same direction', ['A'], ['B'], false, true],
  ['reversed, not symmetric', ['B'], ['A'], false, false],
  ['reversed, symmetric', ['B'], ['A'], true, true],
  ['an end matching several entities, one of them right', ['A', 'C'], ['B'], false, true],
  ['one end wrong', ['A'], ['C'], true, false],
])('endsFit: %s', (_rule, subjects, objects, symmetric, expected) => {
  expect(endsFit(subjects, objects, fact('f1', 'A', 'B', { symmetric }))).toBe(expected);
});
