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
    ['a claim over a place is no victory', 'China claims sovereignty over Taiwan.'],
    ['"won over" without a thing won persuades', 'Ana Costa won over Luis Prado.'],
  ])('%s', (_name, text) => {
    expect(triplesOf(text).filter((t) => / DEFEATS /.test(t))).toEqual([]);
  });
});
