// A site named "<city> <head>, <place>" and called "<place> <head>" (grouping/comma-place-name.ts): the short
// form and the part cut off at the comma join the full name; a region after the comma does not, nor a part
// never written before the head word. Sentences written for this test.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

const names = (text: string) => extract(text).entities.map((e) => `${e.type} ${e.name}`);
const aliases = (text: string, name: string) => find(extract(text).entities, name)?.aliases.map((a) => a.text);

test.each([
  [
    'the short form and the part after the comma join',
    'Flights to Tromvik Airport, Lysvoll were cancelled on Monday. Lysvoll Airport reopened on Tuesday.',
    'Tromvik Airport',
    ['Lysvoll', 'Lysvoll Airport'],
  ],
  [
    'a headline short form before the full name',
    'Storm closes Lysvoll Airport\n\nFlights to Tromvik Airport, Lysvoll were cancelled on Monday.',
    'Tromvik Airport',
    ['Lysvoll Airport', 'Lysvoll'],
  ],
])('%s', (_name, text, full, expected) => {
  expect(aliases(text, full)?.sort()).toEqual([...expected].sort());
});

test.each([
  [
    'a region after the comma',
    'Trains left Harlow Station, Texas on Monday. Texas Station is in Austin.',
    'Place Texas Station',
  ],
  [
    'the part never written before the head word',
    'Flights to Tromvik Airport, Lysvoll were cancelled on Monday. Lysvoll Harbour reopened on Tuesday.',
    'Place Lysvoll Harbour',
  ],
])('stays apart: %s', (_name, text, kept) => {
  expect(names(text)).toContain(kept);
});
