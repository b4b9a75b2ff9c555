// A year closing a name dates one edition of a recurring event (typing/type-rules.ts, edition-year): an
// Event, also when a place word opens the name; a law or a named event head keeps its own rule. The year is
// part of the name before a word that is also a verb (names/number-joins.ts). Sentences written for this test.
import { extract } from '@kg/extractor';
import type { EntityType } from '@kg/extractor';

const typeOf = (text: string, name: string) => extract(text).entities.find((e) => e.name === name)?.type;

test.each<[string, string, string, EntityType]>([
  ['a convention with a year', 'Lakeside Fanfest 2019 opened in Dorn on Friday.', 'Lakeside Fanfest 2019', 'Event'],
  ['a place word opening it', 'Oslo Comicon 2019 drew 5,000 fans on Friday.', 'Oslo Comicon 2019', 'Event'],
  [
    'a law keeps its own rule',
    'Judges in Vienna applied the Consumer Rights Directive 2011.',
    'Consumer Rights Directive 2011',
    'Product',
  ],
])('%s: %s → %s is %s', (_rule, text, name, type) => {
  expect(typeOf(text, name)).toBe(type);
});

test.each([
  ['a headline verb after the year', 'Oslo Comicon 2019 welcomes fans with music', 'Oslo Comicon 2019', 'Oslo Comicon'],
  ['a plural noun after the year', 'Oslo Comicon 2019 offers panels and music', 'Oslo Comicon 2019', 'Oslo Comicon'],
])('%s: "%s" names %s, not %s', (_rule, text, whole, cut) => {
  const names = extract(text).entities.map((e) => e.name);
  expect(names).toContain(whole);
  expect(names).not.toContain(cut);
});

test('a count after a name is still no year ("2000 employees")', () => {
  expect(extract('Acme Holdings 2000 employees went on strike in Dorn.').entities.map((e) => e.name)).not.toContain(
    'Acme Holdings 2000',
  );
});
