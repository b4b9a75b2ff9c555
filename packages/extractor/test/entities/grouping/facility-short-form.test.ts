// An airport or a great church called by the word that opens its name (grouping/facility-short-form.ts); not when the word names a
// town or a person, nor when two airports open with it, nor for other sites. Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'an airport called by its first word',
    text: 'The jet tried to land at Varno Airport on Monday. The runway at Varno is short.',
    name: 'Varno Airport',
    type: 'Place',
    alias: ['Varno', 'facility-short-form'],
  },
  {
    rule: 'words between the first word and the head',
    text: 'Flights were diverted to Kelmar International Airport. Pilots prefer Kelmar because its runway is longer.',
    name: 'Kelmar International Airport',
    type: 'Place',
    alias: ['Kelmar', 'facility-short-form'],
  },
  {
    rule: "a word the parse guessed a surname, where no cue makes it a person's",
    text: 'The plane left Henderson Executive Airport. It turned back, intending to land at Henderson.',
    name: 'Henderson Executive Airport',
    type: 'Place',
    alias: ['Henderson', 'facility-short-form'],
  },
  {
    rule: 'a great church called by its first word',
    text: 'Crowds filled Vellune Cathedral on Saturday. The bells of Vellune rang at noon.',
    name: 'Vellune Cathedral',
    type: 'Place',
    alias: ['Vellune', 'facility-short-form'],
  },
  {
    rule: "a saint's name for the one body named after the saint",
    text: 'The injured went to Saint Brendan Hospital. Dr. Ola Berg at Saint Brendan said ten arrived.',
    name: 'Saint Brendan Hospital',
    type: 'Organization',
    alias: ['Saint Brendan', 'facility-short-form'],
  },
];

const aliasesOf = (text: string, name: string) => find(extract(text).entities, name)?.aliases.map((a) => a.text);

describe('facility short form', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test.each([
    [
      'a town the site is named after',
      'Flights left Cahors Airport. Shops in Cahors closed.',
      'Cahors Airport',
      'Cahors',
    ],
    [
      'a person the site is named after',
      'Planes left Dalton Airport on Monday. Dalton said the delays were regrettable.',
      'Dalton Airport',
      'Dalton',
    ],
    [
      'two airports opening with the word',
      'Flights left Varno Airport on Monday and Varno International Airport on Tuesday. Varno was busy all night.',
      'Varno Airport',
      'Varno',
    ],
    ['a club beside its stadium', 'Crowds packed Dorlin Stadium. Dorlin scored twice.', 'Dorlin Stadium', 'Dorlin'],
  ])('no merge with %s', (_name, text, site, short) => {
    expect(aliasesOf(text, site) ?? []).not.toContain(short);
  });
});
