// A name only guessed an Organization that names a town of 15,000 people or more is a Place
// (typing/city-names.ts, lexicon/world-cities.ts); not a modifier of a noun, not after "a", not a side in a
// contest, not a person's family name, and never over a cue the article gives; a town's name opens a sentence as
// a name (names/name-tokens.ts townOpener). Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';
import { cityPopulation, MIN_CITY_POPULATION } from '../../../src/entities/lexicon/world-cities.js';

const places: EntityCase[] = [
  { rule: 'after "of"', text: 'The mayor of Tikhvin resigned on Friday.', name: 'Tikhvin', type: 'Place' },
  { rule: 'after "from"', text: 'The train from Arkalyk arrived late on Monday.', name: 'Arkalyk', type: 'Place' },
  {
    rule: 'the object of a verb',
    text: 'The ambassador visited Nizhnekamsk on Monday.',
    name: 'Nizhnekamsk',
    type: 'Place',
  },
  { rule: 'opening a sentence', text: 'Tikhvin lost power on Monday.', name: 'Tikhvin', type: 'Place' },
];

const notPlaces: Array<{ rule: string; text: string; name: string }> = [
  { rule: 'a modifier of a noun', text: 'Respondents to a Tikhvin poll said so.', name: 'Tikhvin' },
  { rule: 'after "a"', text: 'She said it was good to be a Tikhvin in that chamber.', name: 'Tikhvin' },
  { rule: 'a side in a contest', text: 'Tikhvin defeated Arkalyk on Saturday.', name: 'Arkalyk' },
  { rule: 'a word the lexicon knows', text: 'The players went to Police on Saturday.', name: 'Police' },
  {
    rule: 'a word the article writes in lower case',
    text: 'The union met on Monday. Union leaders said the talks had failed.',
    name: 'Union',
  },
  { rule: 'a source', text: 'On Monday, Tikhvin said the talks went well.', name: 'Tikhvin' },
  { rule: 'a title with "The"', text: 'Voter Ann Cole told The Tikhvin that the vote was close.', name: 'The Tikhvin' },
  {
    rule: 'a nickname in quotation marks',
    text: 'A mannequin, nicknamed "Tikhvin", flew to the station.',
    name: 'Tikhvin',
  },
  {
    rule: "a person's family name",
    text: "Guy worked on Tikhvin's Game of Life, devised by John Horton Tikhvin around 1970.",
    name: 'Tikhvin',
  },
];

describe('town names', () => {
  test.each(places)('$rule', (c) => expectEntity(c));

  test.each(notPlaces)('no place: $rule', ({ text, name }) => {
    expect(find(extract(text).entities, name)?.type).not.toBe('Place');
  });

  test.each([
    ['Tikhvin', true],
    ['tikhvin', true],
    // A village of a few hundred people is left out.
    ['Zzyzx', false],
  ])('%s is in the list: %s', (name, known) => expect(cityPopulation(name) >= MIN_CITY_POPULATION).toBe(known));
});
