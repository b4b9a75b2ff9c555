// Award cues (typing/award-cues.ts): a name no rule typed, always right before a lower-case award word,
// names the distinction: a Concept, not the Organization default.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['Ann Cole won a Grammy award in 2010.', 'Grammy'],
  // What one is nominated for or awarded is a distinction, even a name the parse took for a person.
  ['Though she was nominated for the Oscar for the comedy Velvet Rain, Ann Cole never won.', 'Oscar'],
  ['For his work, Ivo Brandt was awarded the Harbour Star by the mayor.', 'Harbour Star'],
])('%s → "%s" is a Concept', (text, name) => {
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
  // A possessive after "awarded the" names who gives the award.
  ["She was awarded the Quorvex Trust's medal.", 'Quorvex Trust'],
])('%s → "%s" is no Concept', (text, name) => {
  const e = find(extract(text).entities, name);
  expect(e).toBeDefined();
  expect(e!.type).not.toBe('Concept');
});
