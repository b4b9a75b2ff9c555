// Sky bodies (typing/sky-bodies.ts): a weakly typed name after a word for a kind of celestial body, or before
// a constellation's, galaxy's or star system's word, or set off before an apposition of such a kind, is a
// place, as Earth and the Sun are.
// Sentences written for the test.
import { extract } from '@kg/extractor';
import { expectEntity, find, type EntityCase } from '../entity-case.js';

const cases: EntityCase[] = [
  {
    rule: 'a catalogue star after "star"',
    text: 'Four giant planets circle the young star KX 4411 in the sky.',
    name: 'KX 4411',
    type: 'Place',
  },
  {
    rule: 'a constellation after "constellation"',
    text: 'The star lies in the constellation Vellara, about 130 light-years away.',
    name: 'Vellara',
    type: 'Place',
  },
  {
    rule: 'an asteroid',
    text: 'The probe collected dust from the asteroid Kordun last year.',
    name: 'Kordun',
    type: 'Place',
  },
  {
    rule: 'a constellation word after the name',
    text: 'The black hole was found in the Dravik constellation by a team in Chile.',
    name: 'Dravik',
    type: 'Place',
  },
  {
    rule: 'a stellar system after the name',
    text: 'One of the two stars in the KX 4411 stellar system orbits the black hole.',
    name: 'KX 4411',
    type: 'Place',
  },
  {
    rule: 'a star after an article alone',
    text: 'Astronomers watched the star Vorlan dim for months.',
    name: 'Vorlan',
    type: 'Place',
  },
  {
    rule: 'an apposition of a plural kind, after "another of"',
    text: "The probe will study Kelvari, another of the planet's moons, from 2034.",
    name: 'Kelvari',
    type: 'Place',
  },
  {
    rule: 'an apposition of a kind and its modifiers',
    text: 'The craft flew past Dorvan, a small asteroid, in May.',
    name: 'Dorvan',
    type: 'Place',
  },
];

test.each(cases)('$rule: $text', (c) => expectEntity(c));

test.each([
  // A star of a sport or the screen is a celebrity.
  ['Tennis star Vorlan will retire after the final.', 'Vorlan'],
  ['The young star Kessler scored twice on Sunday.', 'Kessler'],
  // A system after a name is a made thing.
  ['The army bought the Kestrel system last year.', 'Kestrel'],
  // A kind that is only a modifier in the apposition, or a star in it.
  ['The agency funded Voryx, a moon mission of the agency, in June.', 'Voryx'],
  ['The studio hired Kessler, a rising star, last year.', 'Kessler'],
])('not a sky body: %s', (text, name) => {
  expect(find(extract(text).entities, name)?.type).not.toBe('Place');
});
