// typing/type-rules.ts (initial-and-name): an initial before words the lexicon does not know is a person's
// name written the South Asian way; an initial before ordinary words names a thing, as before.
import { extract } from '@kg/extractor';
import { find } from '../entity-case.js';

test.each([
  ['B Shiva Parvathi was driving the train on Sunday.', 'B Shiva Parvathi'],
  ['The award went to R Lakshmi Narayanan of Mysuru.', 'R Lakshmi Narayanan'],
])('"%s" → the person "%s"', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Person');
});

test.each([
  ['Fans of the X Factor Live show met in Leeds.', 'X Factor Live'],
  ['Users of G Suite Apps complained on Monday.', 'G Suite Apps'],
])('not a person: "%s" → "%s"', (text, name) => {
  expect(find(extract(text).entities, name)?.type).not.toBe('Person');
});
