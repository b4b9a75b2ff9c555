// arrest-warrant: who issues an arrest warrant for someone ACCUSES them, also the named examples of a
// counted group ("for 12 people, including X"); sentences written for this test.
import { triplesOf } from './triples-of.js';

const accusations = (text: string) => triplesOf(text, { hedged: true }).filter((t) => / ACCUSES /.test(t));

describe('arrest-warrant', () => {
  test.each([
    ['past tense', 'Norway issued an arrest warrant for Tom Hale on Monday.', ['Norway ACCUSES Tom Hale']],
    [
      'headline present tense with named examples of a count',
      'Norway issues arrest warrants for 12 people, including Tom Hale and Ann Cole',
      ['Norway ACCUSES Ann Cole', 'Norway ACCUSES Tom Hale'],
    ],
    [
      'coordinated names after "on"',
      'Norway has issued international arrest warrants on Tom Hale and Ann Cole.',
      ['Norway ACCUSES Ann Cole', 'Norway ACCUSES Tom Hale'],
    ],
    [
      '"a warrant for the arrest of"',
      'Norway issued a warrant for the arrest of Tom Hale.',
      ['Norway ACCUSES Tom Hale'],
    ],
    [
      'a judge, with a group of people as a node',
      'Judge Ann Cole issued arrest warrants on five officers, including Tom Hale.',
      ['Ann Cole ACCUSES Tom Hale'],
    ],
    ['hedged by a modal', 'Norway may issue an arrest warrant for Tom Hale.', ['Norway ACCUSES Tom Hale (hedged)']],
    [
      'negated by refusal',
      'Norway refused to issue an arrest warrant for Tom Hale.',
      ['Norway ACCUSES Tom Hale (negated)'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(accusations(text)).toEqual(expected);
  });

  test.each([
    ['a search warrant accuses no one', "Norway issued a search warrant for Tom Hale's house."],
    ['a body named inside the subject phrase issued nothing', 'A court in Oslo issued an arrest warrant for Tom Hale.'],
    [
      'a named thing between the group and its examples',
      'Norway issued arrest warrants for 12 people in Oslo, including Tom Hale.',
    ],
    ['a warrant not issued by anyone named', 'An arrest warrant was issued for Tom Hale on Monday.'],
  ])('nothing: %s', (_name, text) => {
    expect(accusations(text)).toEqual([]);
  });
});
