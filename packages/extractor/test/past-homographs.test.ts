// Simple pasts the tagger reads as their noun twin ("rose"): after a noun or subject pronoun, with no noun after
// it, the verb (past-homographs.ts). Sentences written for this test.
import { extract } from '@kg/extractor';
import { verbGroupsOf as verbGroups } from './relations/views-of.js';

test.each([
  ['Prices rose sharply in Dorn.', ['rose']],
  ['The death toll rose to 12 on Monday.', ['rose']],
  ['It rose 5 percent.', ['rose']],
  // After a plural the tagger reads as a present verb.
  ['Acme shares rose 3 percent after the vote.', ['rose']],
  ['She shares rose photos online.', ['shares']],
  // The noun stays: after an article, before a noun.
  ['Ann Cole gave Tom Hale a rose.', ['gave']],
  ['The rose garden opened in May.', ['opened']],
])('%s → %j', (text, expected) => {
  expect(verbGroups(text)).toEqual(expected);
});

test('no concept of the verb', () => {
  const names = extract('Cases rose sharply in Dorn, Ann Cole said.').entities.map((e) => e.name);
  expect(names).not.toContain('Cases rose');
  expect(names).not.toContain('rose');
});
