// names/verb-after-name.ts: a capitalised past-tense verb after a name, before the start of its object or
// clause, is no part of the name; names that end in such a word elsewhere stay whole.
import { extract } from '@kg/extractor';

const names = (text: string) =>
  extract(text)
    .entities.map((e) => e.name)
    .sort();

test.each([
  ['before an article', 'When Mayor Ann Cole Announced a curfew in May, the shops shut.', ['Ann Cole']],
  ['before a pronoun', 'Later Tom Hale Said it was over, and left Dorn City.', ['Dorn City', 'Tom Hale']],
  ['before "that"', 'Then Ann Cole Confirmed that talks had failed.', ['Ann Cole']],
  ['before a possessive', 'Tom Hale Visited his mother in Oslo.', ['Oslo', 'Tom Hale']],
])('the verb ends the name: %s', (_rule, text, expected) => {
  expect(names(text)).toEqual(expected);
});

test.each([
  ['a surname that is a past form, before a verb', 'Edward Said wrote a book about Oslo.', 'Edward Said'],
  ['a present form may be a plural noun', 'He was held in Kenosha, United States that summer.', 'United States'],
  [
    'a past form before a capitalised word',
    'She joined the Concerned Citizens Alliance in Oslo.',
    'Concerned Citizens Alliance',
  ],
])('kept whole: %s', (_rule, text, name) => {
  expect(names(text)).toContain(name);
});
