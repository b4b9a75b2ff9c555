// A party's adjective before a chamber (names/party-chamber.ts) says who holds the chamber; the name is
// the chamber's, so "the Republican Senate" and "the Senate" are one node.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['Ann Cole, the Republican Senate Majority Leader, spoke. The Senate met on Monday.', 'Senate', 2],
  ['The Democratic House passed the bill. Later the House adjourned.', 'House', 2],
  ['A Republican Congress would block the plan, Tom Hale said.', 'Congress', 1],
])('%s → one "%s" node with %s name mentions', (text, name, count) => {
  const entities = extract(text).entities;
  expect(entities.some((e) => /^(Republican|Democratic) /.test(e.name))).toBe(false);
  expect(find(entities, name)?.mentions.filter((m) => m.kind !== 'pronoun').length).toBe(count);
});

test.each([
  // A party's own name, and a chamber word with its own complement, keep the adjective.
  ['The Republican Party won in Ohio.', 'Republican Party'],
  ['The Democratic House of Culture opened in Dorn.', 'Democratic House of Culture'],
  ['The Democratic Assembly won four seats in Dorn.', 'Democratic Assembly'],
  // after another word of the name that names no place, the adjective and the chamber word make a party's name
  ['Ann Cole, who leads the National Democratic Congress, won 56 percent.', 'National Democratic Congress'],
])('%s → "%s" stays one name', (text, name) => {
  expect(find(extract(text).entities, name)).toBeDefined();
});

// A party's adjective before a country and a title: the title's holder is the party's member, and the country is
// the place named ("Republican US" is no node).
test.each([
  ['Voters ousted incumbent Republican US Senator Ann Cole in 2008.', 'Ann Cole', 'United States'],
  ['He met Democratic U.S. Representative Tom Hale in Ohio.', 'Tom Hale', 'United States'],
  ['Conservative UK MP Tom Brandt resigned on Monday.', 'Tom Brandt', 'United Kingdom'],
])('%s → the person "%s" and the country "%s", no party-and-country node', (text, person, country) => {
  const entities = extract(text).entities;
  expect(entities.some((e) => /^(Republican|Democratic|Conservative) /.test(e.name))).toBe(false);
  // "incumbent" describes the senator: no topic of its own (grouping/described-names.ts).
  expect(find(entities, 'incumbent')).toBeUndefined();
  expect(find(entities, person)?.type).toBe('Person');
  expect(find(entities, country)?.type).toBe('Place');
});

// A party's adjective before the place that ends the name: the party's contest held there; the place is named.
test.each([
  ['Tom Hale won the Republican Iowa caucuses in February.', 'Iowa'],
  ['Ann Cole and Tom Hale won the Democratic and Republican New Hampshire primaries.', 'New Hampshire'],
  ['Ann Cole lost the Conservative Canada leadership race.', 'Canada'],
])('%s → the place "%s", no party-and-place node', (text, place) => {
  const entities = extract(text).entities;
  expect(entities.some((e) => /^(Republican|Democratic|Conservative) /.test(e.name))).toBe(false);
  expect(find(entities, place)?.type).toBe('Place');
});

test.each([
  ['The Democratic Republic of the Congo closed its border.', 'Democratic Republic of the Congo'],
  ['The Liberal Democrats won in Bath.', 'Liberal Democrats'],
])('%s → "%s" stays one name', (text, name) => {
  expect(find(extract(text).entities, name)).toBeDefined();
});
