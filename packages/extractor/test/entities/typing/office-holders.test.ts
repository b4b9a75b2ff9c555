// Office holders (typing/office-holders.ts): a personal name before a word for a leader's term names a person;
// a body's or a common word's name there stays what it was.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

test.each<[string, string, string, EntityType]>([
  [
    'a family name the lexicon knows',
    'Exports doubled under the Nixon administration, which ended in 1974.',
    'Nixon',
    'Person',
  ],
  [
    'a possessive before the term',
    "Critics of Barack Obama's administration gathered in the square.",
    'Barack Obama',
    'Person',
  ],
  [
    'a given name, an initial and a family name',
    'Critics of the George W. Bush administration marched.',
    'George W. Bush',
    'Person',
  ],
  ['a presidency', 'During the Reagan presidency, exports to Asia doubled.', 'Reagan', 'Person'],
  ['a regime', 'Rebels fought the Putin regime for years, the report said.', 'Putin', 'Person'],
  ['a common word', 'The Harbour administration changes after each election.', 'Harbour', 'Organization'],
  ['a body unknown to the lexicon', 'The Hamas administration in Gaza cut salaries.', 'Hamas', 'Organization'],
  ['an acronym', 'The NASA administration cut the budget again.', 'NASA', 'Organization'],
])('%s: "%s"', (_rule, text, name, type) => {
  expect(extract(text).entities.find((e) => e.name === name)?.type).toBe(type);
});
