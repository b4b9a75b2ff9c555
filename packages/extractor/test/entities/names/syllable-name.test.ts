// East Asian names of a family name and two hyphened syllables (names/syllable-name.ts), whose family name may be
// an English word; sentences written for this test.
import { extract } from '@kg/extractor';

const named = (text: string) => extract(text).entities.map((e) => `${e.name} ${e.type}`);

test.each([
  [
    'a family name that is an English noun, opening the sentence',
    'Son Woo-mok, the union leader, said the strike would begin.',
    'Son Woo-mok Person',
  ],
  [
    'one the parse reads as a verb, after a comma',
    'The union leader, Park Ji-sung, said the strike would begin.',
    'Park Ji-sung Person',
  ],
  ['one after an adverb', 'Yesterday Moon Hye-jin said the strike would begin.', 'Moon Hye-jin Person'],
])('%s', (_name, text, expected) => {
  expect(named(text)).toContain(expected);
});

test.each([
  ['a common word hyphened to a name', 'The Hong Kong-based firm grew.', ['Hong Kong Place']],
  [
    'a determiner opening the clause is no family name',
    'The Notre-Dame cathedral in Paris reopened on Saturday.',
    ['Notre-Dame Place', 'Paris Place'],
  ],
  ['a hyphened Arabic article', 'Omar Al-Rashid met Tom Hale.', ['Omar Al-Rashid Person', 'Tom Hale Person']],
])('guard: %s', (_name, text, expected) => {
  expect(named(text)).toEqual(expected);
});
