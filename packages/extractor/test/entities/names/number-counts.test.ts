// names/number-joins.ts (countsNext, countAfterName) and name-spans.ts (versioned): a number right after a
// name is its model or version ("Falcon 9", "CentOS 8", a code "Airbus A320") unless it counts or measures the word after it
// ("Trump 47 percent", "Melva 300 miles", "Kestrel 7 or 8 years ago"): then the name keeps the type its other
// mentions give it.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  [
    'In the poll, Harlan Dorsey led Mara Quist 47 percent to 40 percent. Quist called Dorsey.',
    'Quist',
    'Mara Quist',
    'Person',
  ],
  ['Voters in Ohio gave Dorsey 52 percent. Harlan Dorsey thanked them.', 'Dorsey', 'Harlan Dorsey', 'Person'],
  [
    'Hurricane Melva flooded Belize. The storm placed Melva 300 miles east of Cuba.',
    'Melva',
    'Hurricane Melva',
    'Event',
  ],
  ['The mill was sold to Kestrel Dynamics 7 or 8 years ago.', 'Kestrel Dynamics', 'Kestrel Dynamics', 'Organization'],
  ['Voters gave Harlan Dorsey 10 to 12 points more than last year.', 'Dorsey', 'Harlan Dorsey', 'Person'],
])('a count after a name is no version: "%s" → "%s" is %s', (text, _short, name, type) => {
  const entities = extract(text).entities;
  expect(entities.filter((e) => e.type === 'Product').map((e) => e.name)).toEqual([]);
  expect(find(entities, name)?.type).toBe(type);
});

test.each([
  ['SpaceX launched a Falcon 9 on Monday.', 'Falcon 9'],
  ['Users moved to CentOS 8 last year.', 'CentOS 8'],
  ['The airline flies the Boeing 737 to Lagos.', 'Boeing 737'],
  ['Users moved to Norvix 7 or 8 last year.', 'Norvix 7'],
  // A model code of capitals and digits after the maker's name.
  ['The Kestrel K320, carrying 162 passengers, landed in Oslo.', 'Kestrel K320'],
  ['Dorn Motors recalled the Dorn XC90 in May.', 'Dorn XC90'],
])('a model number still makes a product: "%s"', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Product');
});

test.each([
  ['Traffic stopped on Highway M25 near Dorn.', 'Highway M25'],
  ['Ann Cole met Tom Hale at Gate B12 in Oslo.', 'Gate B12'],
])('a code after a road or gate is no model: "%s"', (text, name) => {
  expect(find(extract(text).entities, name)?.type).not.toBe('Product');
});

// A team called by the plural of a number ("the San Francisco 49ers") keeps it in its name and is a club,
// whatever place opens the name.
test.each([
  ['Tom Hale used to coach the Dorn City 49ers in Oslo.', 'Dorn City 49ers'],
  ['The Philadelphia 76ers beat the Dorn Kings on Monday.', 'Philadelphia 76ers'],
])('a number-plural team: "%s" → "%s" is an Organization', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Organization');
});

// A numbered bill ("House Bill 214") is a law, whatever the parse made of "House" and "Bill"; a count after the
// given name is no bill.
test('a numbered bill is a Product, a count after "Bill" is none', () => {
  const entities = extract(
    'The measure, House Bill 214, passed the House on Monday. Ann Cole gave Bill 5 dollars.',
  ).entities;
  expect(find(entities, 'Bill 214')?.type).toBe('Product');
  expect(entities.map((e) => e.name)).not.toContain('Bill 5');
});
