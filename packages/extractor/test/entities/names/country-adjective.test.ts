// A country and a capitalised adjective of the lower-case noun after them (names/country-adjective.ts): the
// name is the country alone. Sentences written for this test; each row gives the names the text must make
// and a name it must not.
import { extract } from '@kg/extractor';

const names = (text: string) => extract(text).entities.map((e) => `${e.name} [${e.type}]`);

test.each([
  [
    'a short form and a party adjective',
    'Tom Hale wins US Republican delegates from Norland',
    'United States [Place]',
    'US Republican',
  ],
  [
    'a short form and "Federal"',
    'A US Federal judge ruled for Ann Cole on Monday.',
    'United States [Place]',
    'US Federal',
  ],
  [
    'a full name and "Presidential"',
    'Ann Cole won the 2000 United States Presidential election.',
    'United States [Place]',
    'United States Presidential',
  ],
  [
    'a place before the country is a name of its own',
    'Ann Cole wins 2020 South Carolina US Democratic presidential primary',
    'South Carolina [Place]',
    'South Carolina US',
  ],
])('%s', (_rule, text, present, absent) => {
  const got = names(text);
  expect(got).toContain(present);
  expect(got.some((n) => n.startsWith(`${absent} [`))).toBe(false);
});

test.each([
  [
    'a body the adjective opens keeps it',
    'The US Federal Reserve raised rates on Monday.',
    'US Federal Reserve [Organization]',
  ],
  ['a party keeps its adjective', 'The US Democratic Party met in Norland.', 'US Democratic Party [Organization]'],
])('%s', (_rule, text, present) => {
  expect(names(text)).toContain(present);
});
