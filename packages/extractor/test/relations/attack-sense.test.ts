// retypedByAttackSense: what a storm, a quake or an illness hits it affects, it attacks no one; a person who
// attacks a person or a topic with no weapon, in a sentence with no word of violence ("arrested", "stabbed"),
// criticises; what an actor hits stays an attack, unless it hits it with a measure ("with sanctions", "with a
// lawsuit"). Sentences written for this test.
import { triplesOf } from './rules/triples-of.js';

describe('retypedByAttackSense', () => {
  test.each([
    ['a named storm', 'Typhoon Halong strikes Luzon.', 'Typhoon Halong AFFECTS Luzon'],
    ['a named storm after a time phrase', 'On Monday, Hurricane Kora hit the Azores.', 'Hurricane Kora AFFECTS Azores'],
    [
      'a named storm by its short form',
      'Cyclone Tarra killed 31 people in Dorn. Tarra then crossed the channel and hit Karsby.',
      'Cyclone Tarra AFFECTS Karsby',
    ],
    [
      'an unnamed quake the article keeps as a node',
      'A magnitude 7 earthquake struck Chile on Monday. The earthquake killed 20 people.',
      'magnitude 7 earthquake AFFECTS Chile',
    ],
    ['an illness', 'COVID-19 hit Italy in March.', 'COVID-19 AFFECTS Italy'],
    [
      'a person attacking a person in words',
      'Ann Cole attacked Tom Hale for the tweet.',
      'Ann Cole CRITICIZES Tom Hale',
    ],
    [
      'a person attacking a person at the scene of a blow stays an attack',
      'Tom Hale, 31, attacked Ann Cole, 44, in a car park in Dorn on Friday.',
      'Tom Hale ATTACKS Ann Cole',
    ],
    [
      'at a gathering of words it is criticism still',
      'Ann Cole attacked Tom Hale at a rally in Dorn.',
      'Ann Cole CRITICIZES Tom Hale',
    ],
    [
      'a topic attacked',
      'Ann Cole attacked the harbour tax as a disaster. The harbour tax passed.',
      'Ann Cole CRITICIZES harbour tax',
    ],
    ['a person attacking with a weapon', 'Ann Cole attacked Tom Hale with a knife.', 'Ann Cole ATTACKS Tom Hale'],
    [
      'a person attacking in a sentence of violence',
      'Police arrested Tom Hale after he attacked Ann Cole.',
      'Tom Hale ATTACKS Ann Cole',
    ],
    ['arrested for attacking', 'Tom Hale was arrested for attacking Ann Cole.', 'Tom Hale ATTACKS Ann Cole'],
    [
      'an attack its victim went to hospital after',
      'Tom Hale attacked Ann Cole, who was taken to hospital with stab wounds.',
      'Tom Hale ATTACKS Ann Cole',
    ],
    ['words in a debate (guard)', 'Ann Cole attacked Tom Hale during the debate.', 'Ann Cole CRITICIZES Tom Hale'],
    ['an actor still attacks', 'The Harbour Front struck Sanaa in March.', 'Harbour Front ATTACKS Sanaa'],
    ['hit with sanctions', 'Norland hits Acme Corp with sanctions.', 'Norland SANCTIONS Acme Corp'],
    ['hit with a lawsuit', 'Acme Corp hits Beta Ltd with a lawsuit.', 'Acme Corp ACCUSES Beta Ltd'],
    ['hit with export curbs', 'Norland hits Beta Ltd with new export curbs.', 'Norland BLOCKS Beta Ltd'],
    ['slapped with a fine', 'Norland slapped Acme Corp with a $5 million fine.', 'Norland SANCTIONS Acme Corp'],
    ['a blow with a weapon', 'Tom Hale hits Ann Cole with a hammer.', 'Tom Hale ATTACKS Ann Cole'],
    ['a strike with missiles', 'The Harbour Front strikes Sanaa with missiles.', 'Harbour Front ATTACKS Sanaa'],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });
});
