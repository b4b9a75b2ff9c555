// Award cues (typing/award-cues.ts): a name no rule typed, always right before a lower-case award word,
// names the distinction: a Concept, not the Organization default.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([['Ann Cole won a Grammy award in 2010.', 'Grammy']])('%s → "%s" is a Concept', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Concept');
});

// A piece of an award's title cut at "of" is no name at all (names/name-fragments.ts), and never a body.
test('the Budweiser Man of the Match award → no "Match" organisation', () => {
  const text = 'Tom Hale won the Budweiser Man of the Match award on Sunday.';
  expect(find(extract(text).entities, 'Match')?.type).not.toBe('Organization');
});

test.each([
  // A body's letters before the word name who gives it; a typed body keeps its type.
  ['The BBC award went to Tom Hale.', 'BBC'],
  ['The Dorn Film Institute award went to Ann Cole.', 'Dorn Film Institute'],
])('%s → "%s" is no Concept', (text, name) => {
  const e = find(extract(text).entities, name);
  expect(e).toBeDefined();
  expect(e!.type).not.toBe('Concept');
});
