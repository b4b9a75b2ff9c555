// Names the lexicon knows whatever the sentence's parse made of them: a given name and a family name is a
// person ("Ian Smith's government"); a compass word opening an unknown name is a region, never a person
// whose "surname" is the rest ("Southern Ostravia" … "Ostravia"); a one-word city stays a place where the
// parse took it for a modifier ("a Boston surgeon"); a name is no person's because the article uses its
// first word alone for a place ("Halvik Divisional Railway" … "in Halvik").
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'given name + family name before a possessive',
    text: "Farmers marched against Ian Smith's government in Salisbury.",
    name: 'Ian Smith',
    type: 'Person',
  },
  {
    rule: 'compass word + unknown name',
    text: 'Trade grew across the Eastern Varlands.',
    name: 'Eastern Varlands',
    type: 'Place',
  },
  {
    rule: 'compass word + name used alone later',
    text: 'Kelvaria was then a colony called Southern Ostravia. Miners later left Ostravia.',
    name: 'Southern Ostravia',
    type: 'Place',
  },
  {
    rule: 'a last word the article writes alone only after "the": no surname used alone',
    text: 'The fire started in Pacific Varrow on Tuesday. His home in the Varrow had burned.',
    name: 'Pacific Varrow',
    type: 'Place',
  },
  {
    rule: 'compass word + a known place + a word of no place: a firm of the region',
    text: 'Northern Texas Dawson said its power lines were inspected in May.',
    name: 'Northern Texas Dawson',
    type: 'Organization',
  },
  {
    rule: 'compass word + a known place + a place word stays a place',
    text: 'Troops left the Southern Texas Province in May.',
    name: 'Southern Texas Province',
    type: 'Place',
  },
  {
    rule: 'a city as a modifier of a profession',
    text: 'Maria Lopez, a Boston surgeon, spoke.',
    name: 'Boston',
    type: 'Place',
  },
  {
    rule: 'a city modifying a role before a name',
    text: 'On Monday, Leipzig teacher Tom Hale resigned.',
    name: 'Leipzig',
    type: 'Place',
  },
  {
    rule: 'a name whose first word the article uses alone for a place',
    text: 'The lawsuit was filed by Halvik Divisional Railway on Friday. Workers in Halvik said the line would close.',
    name: 'Halvik Divisional Railway',
    type: 'Organization',
  },
];

describe('names the lexicon knows', () => {
  test.each(cases)('$rule', (c) => expectEntity(c));

  test('the rest of a compass name is not its surname', () => {
    const { entities } = extract('Kelvaria was then a colony called Southern Ostravia. Miners later left Ostravia.');
    expect(find(entities, 'Southern Ostravia')?.aliases.map((a) => a.text)).not.toContain('Ostravia');
  });
});
