// A firm's name of two or three words shortened to its first word (grouping/firm-first-word.ts): the word joins the firm
// when only a weak guess or the parse's city tag typed it, and stays apart when the article or the gazetteer
// makes it a town. Sentences written for the test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a weakly typed first word after the firm',
    text: 'The carmaker Vellor Dynamics bought a rival on Monday. Vellor said the deal would close in June.',
    name: 'Vellor Dynamics',
    type: 'Organization',
    alias: ['Vellor', 'firm-first-word'],
  },
  {
    rule: 'a word only the parse calls a town, never after a place preposition',
    text: 'Rio Verdana, the mining company, bought a rival on Monday. Analysts said Rio would have to spend more.',
    name: 'Rio Verdana',
    type: 'Organization',
    alias: ['Rio', 'firm-first-word'],
  },
  {
    rule: 'a firm whose last word runs an organisation word onto another is typed strongly',
    text: 'Boeing agreed to buy Kestrel AeroSystems on Monday. Airbus will receive $439 million from Kestrel.',
    name: 'Kestrel AeroSystems',
    type: 'Organization',
    alias: ['Kestrel', 'firm-first-word'],
  },
  {
    rule: 'also a three-word name',
    text: 'The carmaker Vellor Motor Works bought a rival on Monday. Vellor said the deal would close in June.',
    name: 'Vellor Motor Works',
    type: 'Organization',
    alias: ['Vellor', 'firm-first-word'],
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));

test.each([
  // The article puts the word after a place preposition: a town of its own.
  ['Rio Verdana, the mining company, opened an office in Rio on Monday.', 'Rio', 'Rio Verdana'],
  // The gazetteer knows a town of that name.
  ['Paris Vellor, the fashion company, grew fast. Paris will host the show next year.', 'Paris', 'Paris Vellor'],
])('stays apart: %s', (text, word, firm) => {
  const entities = extract(text).entities;
  expect(find(entities, firm)?.aliases.map((a) => a.text) ?? []).not.toContain(word);
});
