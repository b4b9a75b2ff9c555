// The sense of "host" (relations/host-sense.ts): a person or body hosting a person meets them; a place hosting
// or playing host to something is where it is held, save a country receiving a person. Sentences written
// for this test.
import { triplesOf } from './rules/triples-of.js';

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
