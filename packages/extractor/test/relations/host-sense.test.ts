// The sense of "host" (relations/host-sense.ts): a person or body hosting a person meets them; a place hosting
// or playing host to something is where it is held, save a country receiving a person. Sentences written
// for this test.
import { phrasesOf, triplesOf } from './rules/triples-of.js';

test.each([
  [
    'a city playing host to a festival',
    'The Canadian city of Toronto played host to the Harbour Festival.',
    'Harbour Festival LOCATED_IN Toronto',
    'Toronto MEETS Harbour Festival',
  ],
  [
    'a city playing host to a body',
    'Oslo played host to Acme Corp in June.',
    'Acme Corp LOCATED_IN Oslo',
    'Oslo MEETS Acme Corp',
  ],
  ['a person hosting a person', 'Ann Vole hosted Tom Hale on Monday.', 'Ann Vole MEETS Tom Hale', undefined],
  [
    'a country receiving a person',
    'Russia hosted Tom Hale in Moscow.',
    'Russia MEETS Tom Hale',
    'Tom Hale LOCATED_IN Russia',
  ],
])('%s', (_name, text, present, absent) => {
  const got = triplesOf(text);
  expect(got).toContain(present);
  if (absent) expect(got).not.toContain(absent);
});

// Turned round, the edge reads in the passive: under Harbour Festival → Toronto, "hosted" would say the
// festival hosted the city.
test.each([
  ['Toronto hosted the Harbour Festival in May.', 'Harbour Festival LOCATED_IN "hosted by" Toronto'],
  ['The city of Oslo played host to the Dorn Cup.', 'Dorn Cup LOCATED_IN "hosted by" Oslo'],
  ['Toronto will host the Harbour Festival in May.', 'Harbour Festival LOCATED_IN "will be hosted by" Toronto'],
])('%s → %s', (text, expected) => {
  expect(phrasesOf(text)).toContain(expected);
});
