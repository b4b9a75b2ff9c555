// Titles written as capital abbreviations (lexicon/titles.ts, CAPITAL_TITLES): the chess titles and "CM" are
// kept off the name after them and make it a person; other capitals before a name are left alone. The chess
// titles spelt out ("Grandmaster", "International Master", "Woman Grand Master") are titles too.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['IM Lena Vostrikova drew with Tom Hale in the fourth round.', 'Lena Vostrikova'],
  ['The title went to WGM Ines Varga after a tiebreak in Dorn.', 'Ines Varga'],
  ['WIM Sara Okafor resigned the game on move 40.', 'Sara Okafor'],
  ['CM Ravi Nair opened the new bridge in Dorn on Friday.', 'Ravi Nair'],
])('%s → "%s" is a Person without the title', (text, name) => {
  const entities = extract(text).entities;
  expect(find(entities, name)?.type).toBe('Person');
  expect(entities.some((e) => /^(IM|WGM|WIM|CM) /.test(e.name))).toBe(false);
});

test.each([
  // "GM" is left out: a company's letters before a name ("GM Korea") are no title.
  ['Fans of GM Korea waited outside the plant.', 'GM Korea'],
  ['Workers at GM Holden protested in Adelaide.', 'GM Holden'],
])('%s → "%s" keeps its first word', (text, name) => {
  expect(find(extract(text).entities, name)).toBeDefined();
});

test.each([
  ['Iranian International Master Lena Vostrikova won in Dorn.', 'Lena Vostrikova'],
  ['Grandmaster Tom Hale resigned on move 40.', 'Tom Hale'],
  ['The prize went to Woman Grand Master Ines Varga on Friday.', 'Ines Varga'],
  ['She beat Women FIDE Master Sara Okafor in round two.', 'Sara Okafor'],
])('%s → "%s" is a Person without the spelt-out title', (text, name) => {
  const entities = extract(text).entities;
  expect(find(entities, name)?.type).toBe('Person');
  expect(entities.some((e) => / Master|Grandmaster /.test(e.name))).toBe(false);
});
