// subject-verb-object: rivals after "over"/"against" and phrasal verbs after a first phrase; sentences
// written for this test.
import { triplesOf } from './triples-of.js';

describe('subject-verb-object', () => {
  test.each([
    [
      'winning something over a rival defeats the rival',
      'Ana Costa won the runoff over Luis Prado.',
      'Ana Costa DEFEATS Luis Prado',
    ],
    [
      'an election won over a rival is no appointment',
      'Robert Kanu won a presidential election over Peter Obi of the PDP.',
      'Robert Kanu DEFEATS Peter Obi',
    ],
    ['a victory claimed over a rival', 'The Tigers claimed a 3–1 victory over the Lions.', 'Tigers DEFEATS Lions'],
    [
      'a phrasal verb after a first phrase',
      'Maria Lopez competed for the leadership against Tom Hart.',
      'Maria Lopez COMPETES_WITH Tom Hart',
    ],
    [
      'a hyphened "co-" verb keeps its type',
      'Robert Mugabe co-founded the Zimbabwe African National Union in 1963.',
      'Robert Mugabe FOUNDED Zimbabwe African National Union',
    ],
    [
      '"play against" competes',
      'The Utah Jazz were to play against the Denver Nuggets.',
      'Utah Jazz COMPETES_WITH Denver Nuggets',
    ],
    [
      '"against" opens the phrase after a lawsuit',
      'The Sierra Club filed a lawsuit against Exxon Mobil over its drilling plans.',
      'Sierra Club ACCUSES Exxon Mobil',
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toContain(expected);
  });

  test.each([
    [
      'a place after a "to"-phrase is where its noun is',
      'The Daily Post reached out to sex workers in Mysore in June.',
      [],
    ],
    [
      'a place after a named body bought is where the body is',
      'Ann Cole bought the Star Diner in Springfield.',
      ['Ann Cole ACQUIRES Star Diner'],
    ],
    [
      'a place after a person met is where both were',
      'Ann Cole met Bo Lind in Oslo.',
      ['Ann Cole LOCATED_IN Oslo', 'Ann Cole MEETS Bo Lind'],
    ],
  ])('where: %s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });

  test.each([
    [
      'forming a band founds it',
      'Eric Lind, Ann Cole and Bo Hale formed the Harbour Lights Orchestra in 1966.',
      [
        'Ann Cole FOUNDED Harbour Lights Orchestra',
        'Bo Hale FOUNDED Harbour Lights Orchestra',
        'Eric Lind FOUNDED Harbour Lights Orchestra',
      ],
    ],
    ['a "by" phrase is an agent, not an object', 'Pedro Alves would remain unconfirmed by the Senate of Chile.', []],
    [
      "a place after a phrasal verb's object is where that object is",
      'Ann Cole called for a regional cooperation in the Baltic Sea.',
      [],
    ],
    [
      'a participle set off by commas describes the phrase before it',
      'According to his wife, Amanda, Tom Hale succumbed to a lung disorder, unrelated to COVID-19, in May.',
      [],
    ],
  ])('reads: %s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => !/ (PART_OF|LOCATED_IN) Chile/.test(t))).toEqual(expected);
  });

  test.each([
    ['a claim over a place is no victory', 'China claims sovereignty over Taiwan.'],
    ['"won over" without a thing won persuades', 'Ana Costa won over Luis Prado.'],
  ])('%s', (_name, text) => {
    expect(triplesOf(text).filter((t) => / DEFEATS /.test(t))).toEqual([]);
  });
});
