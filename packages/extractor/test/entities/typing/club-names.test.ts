// Club names (typing/club-names.ts): a name ending in "United" is an Organization; "<town> City" told as a side
// in a contest is the club, not a second name of the town. Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a name ending in "United"',
    text: 'Pell lost 2-1 to Dorset United in London on Sunday.',
    name: 'Dorset United',
    type: 'Organization',
  },
  {
    rule: '"<town> City" after a verb of beating',
    text: 'Pell won the cup in Leeds by beating Manchester City in the final.',
    name: 'Manchester City',
    type: 'Organization',
  },
  {
    rule: '"<town> City" before a player\'s position',
    text: 'Leicester City striker Tom Hale scored twice on Saturday.',
    name: 'Leicester City',
    type: 'Organization',
  },
  {
    rule: "a club's word before a town",
    text: 'Fans in Lisbon cheered Dynamo Leeds on Sunday.',
    name: 'Dynamo Leeds',
    type: 'Organization',
  },
  {
    rule: 'also a club word in capitals',
    text: 'Ana Ruiz signed for FC Leeds on Friday.',
    name: 'FC Leeds',
    type: 'Organization',
  },
  {
    rule: 'a word and a town after "champions"',
    text: 'German champions Kestrel Munich signed Ana Ruiz on Friday.',
    name: 'Kestrel Munich',
    type: 'Organization',
  },
  {
    rule: "a word that opens only a club's name, before a name that is no town, later used alone",
    text: 'Pell agreed a fee with French side Olympique Vorlan for Ana Ruiz. Vorlan rejected the first bid.',
    name: 'Olympique Vorlan',
    type: 'Organization',
    alias: ['Vorlan', 'club-word'],
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));

test("the side's first word alone is the side, though a possessive types it strongly", () => {
  const found = extract(
    "German champions Kestrel Munich signed Ana Ruiz on Friday. Kestrel's sporting director, Tom Hale, praised her.",
  ).entities;
  expect(find(found, 'Kestrel Munich')?.mentions.length).toBe(2);
  expect(find(found, 'Kestrel')).toBeUndefined();
});

test('a town named with "City" beside the town stays one place', () => {
  const found = extract('Fans gathered in Manchester. Manchester City Council closed two roads.').entities;
  expect(find(found, 'Manchester')?.type).toBe('Place');
});

test('a club "City" told as a side is no mention of the town', () => {
  const found = extract('Fans gathered in Manchester, where Pell beat Manchester City 2-0.').entities;
  expect(find(found, 'Manchester')?.aliases.map((a) => a.text)).not.toContain('Manchester City');
});

test.each([
  ['Flights to Mexico City resumed on Monday.', 'Mexico City'],
  ['Pell beat Kansas City 3-1 at home.', 'Kansas City'],
])('a town the cities data names so stays a place: %s', (text, name) => {
  expect(find(extract(text).entities, name)?.type).not.toBe('Organization');
});
