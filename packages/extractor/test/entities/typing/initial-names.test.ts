// typing/type-rules.ts (initial-and-name): an initial before words the lexicon does not know is a person's
// name written the South Asian way; an initial before ordinary words names a thing, as before.
// (initials-and-surname): initials with full stops, then a family name, are a person ("C.L. Gammon").
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

test.each([
  ['The party nominated Vell Bayes for President and C.L. Quorrin for Vice President.', 'C.L. Quorrin'],
  ['The party later chose J.R.R. Quorrin as its nominee.', 'J.R.R. Quorrin'],
  ['The novel was written by J.K. Myers in 1990.', 'J.K. Myers'],
  // A single initial with no given name before it opens the name, mid-sentence or at its start.
  ['Agency chairman V. Tharakan said the launch would go ahead.', 'V. Tharakan'],
  ['V. Tharakan said the launch would go ahead.', 'V. Tharakan'],
  ['Officials met V. K. Tharakan on Monday.', 'V. K. Tharakan'],
  // Two initials or more before a word the lexicon knows as a region's name too; "I." is an initial there.
  ['The glass pyramid designed by the architect I. M. Essex opened in 1989.', 'I. M. Essex'],
  ['The tower was designed by J. M. Essex in 1990.', 'J. M. Essex'],
])('initials and a family name: "%s" → the person "%s"', (text, name) => {
  expect(find(extract(text).entities, name)?.type).toBe('Person');
});

test.each([
  ['The Court of Appeals for the D.C. Circuit vacated his conviction.', 'Court of Appeals for the D.C. Circuit'],
])('not a person after "the" (guard): "%s" → "%s"', (text, name) => {
  expect(find(extract(text).entities, name)?.type).not.toBe('Person');
});
