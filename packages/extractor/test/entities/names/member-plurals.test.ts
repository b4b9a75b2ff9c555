// A capitalised plural noun after "the" heads an "of"-name (names/member-plurals.ts): a body of members,
// one Organization, not a body and a place.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['He joined the Knights of Columbus in 1990.', 'Knights of Columbus', 'Organization'],
  ['She joined the Friends of the Earth in Dorn.', 'Friends of the Earth', 'Organization'],
  ['Tom Hale chaired the Sons of Norway for a decade.', 'Sons of Norway', 'Organization'],
  // A place word at the end: a site of theirs.
  ['The prize was given at the Daughters of Dorn Memorial Hall on Friday.', 'Daughters of Dorn Memorial Hall', 'Place'],
])('%s → "%s" is one %s', (text, name, type) => {
  expect(find(extract(text).entities, name)?.type).toBe(type);
});

test.each([
  // A number, a people or a plural title before "of" heads no name.
  ['Thousands of Syrians fled to Turkey.', 'Thousands of Syrians'],
  ['He met the Ministers of France and Spain.', 'Ministers of France'],
])('%s → no "%s"', (text, name) => {
  expect(find(extract(text).entities, name)).toBeUndefined();
});
