// Located names (typing/located-names.ts): a two- or three-word name only guessed an Organization that stands
// after "in"/"near" in most of its mentions is a Place; and a name and a comma before a country used as a
// modifier is no place (place-cues.ts). Sentences written for this test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: '"in"',
    text: 'A second fire broke out in a block of flats in Vila Ostrava on Saturday.',
    name: 'Vila Ostrava',
    type: 'Place',
  },
  {
    rule: 'a lower-case particle',
    text: 'Twenty people were injured in Kalinga del Norte after the quake.',
    name: 'Kalinga del Norte',
    type: 'Place',
  },
  {
    rule: '"near", most mentions',
    text: 'Troops camped near Dasht Qala. Shops in Dasht Qala shut. Dasht Qala was quiet on Monday.',
    name: 'Dasht Qala',
    type: 'Place',
  },
  {
    rule: 'coordinated after "in", before a plural place word',
    text: 'The storm made landfall in Dasht Qala and Vila Ostrava provinces. Factories in Vila Ostrava were flooded.',
    name: 'Vila Ostrava',
    type: 'Place',
  },
  {
    rule: 'one end of a route whose other end is a place (route-places.ts)',
    text: 'The plane was flying from Jakarta to Tanjung Karang when it crashed.',
    name: 'Tanjung Karang',
    type: 'Place',
  },
];

describe('located names', () => {
  test.each(cases)('$rule: "$text"', (c) => expectEntity(c));

  test.each([
    ['a journal', 'The study was published in Ocean Letters on Monday.', 'Ocean Letters'],
    ['a modifier', 'Ships show up in Vessel Radar data every hour.', 'Vessel Radar'],
    ['a title with small words', 'He starred in Come On Home last year.', 'Come On Home'],
    ['an event word', 'He served in World War Two as a medic.', 'World War Two'],
    [
      'a place word before "in" makes one longer name',
      'Ten people died in the Autonomous Region in Tarsa Kalem on Monday.',
      'Tarsa Kalem',
    ],
    [
      'a country as a modifier after the comma',
      'Afterwards Ruben Dario Salas, Panama coach, praised the team.',
      'Ruben Dario Salas',
    ],
  ])('no place: %s', (_rule, text, name) => {
    expect(find(extract(text).entities, name)?.type).not.toBe('Place');
  });
});
