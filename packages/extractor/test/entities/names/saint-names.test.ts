// Names opening with "Saint" or its abbreviation (names/name-tokens.ts SAINT): the word is part of the name of
// what is called after the saint ("St. Louis", "St. John's Episcopal Church"), never a title that leaves a
// person's given name alone ("Louis", "John") to join every other article's person of that name.
// Sentences written for this test.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

const names = (text: string) => extract(text).entities.map((e) => `${e.name}:${e.type}`);

test.each([
  ['a full stop after "St" ends no name', 'The couple stood outside their St. Louis home on Sunday.', 'St. Louis'],
  ['a given name after "St" starts no person', 'Nurses at St Vincent treated Ann Cole.', 'St Vincent'],
  [
    "a saint's possessive owns the rest of the name",
    "Protesters gathered outside St. Anne's Parish Church in Dorn.",
    "St. Anne's Parish Church",
  ],
  ['"Saint" written out', "Ann Cole visited Saint Brendan's Basilica in May.", "Saint Brendan's Basilica"],
  ['a hyphened family name', 'The cover was drawn by Jenn St-Marc for Acme Comics.', 'Jenn St-Marc'],
])('%s: "%s" → one name', (_why, text, name) => {
  expect(find(extract(text).entities, name)).toBeDefined();
});

test.each([
  ['St. Louis', 'The couple stood outside their St. Louis home on Sunday.', 'Louis'],
  ['St Vincent', 'Nurses at St Vincent treated Ann Cole.', 'Vincent'],
  ["St. Anne's", "Protesters gathered outside St. Anne's Parish Church in Dorn.", 'Anne'],
])('%s → no person "%s"', (_name, text, person) => {
  expect(names(text)).not.toContain(`${person}:Person`);
});

test.each([
  ["Ann Cole visited Saint Brendan's Basilica in May.", "Saint Brendan's Basilica", 'Place'],
  ["Protesters gathered outside St. Anne's Parish Church in Dorn.", "St. Anne's Parish Church", 'Organization'],
  ['The St. Louis Cardinals beat the Dorn Rovers on Sunday.', 'St. Louis Cardinals', 'Organization'],
  // a Romance saint's name before a given name the parse knows (type-rules.ts saint-form)
  ['The governor told reporters in Santa Lucinda on Monday.', 'Santa Lucinda', 'Place'],
  ['Flights to San Mateo were cancelled.', 'San Mateo', 'Place'],
  ['Police in São Gonçalo arrested two men.', 'São Gonçalo', 'Place'],
  ['Children wrote letters to Santa Claus.', 'Santa Claus', 'Person'],
])('%s → "%s" is a %s', (text, name, type) => {
  expect(find(extract(text).entities, name)?.type).toBe(type);
});
