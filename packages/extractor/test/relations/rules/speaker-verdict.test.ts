// speaker-verdict: a speaker stating that a thing "is" an evaluative adjective labels it; sentences written
// for this test.
import { triplesOf } from './triples-of.js';

describe('speaker-verdict', () => {
  test.each([
    ['a reported verdict', 'Ann Cole said the Pell Agreement was illegal.', ['Ann Cole LABELS Pell Agreement']],
    [
      'a quoted adjective after "according to"',
      'According to Tom Hale, the Pell Agreement is “unprecedented.”',
      ['Tom Hale LABELS Pell Agreement'],
    ],
    [
      'two adjectives, speaker after',
      'The Pell Agreement is illegal and dangerous, Ann Cole said.',
      ['Ann Cole LABELS Pell Agreement'],
    ],
    [
      'a "not" is part of the label',
      'Ann Cole said the Pell Agreement was not fair.',
      ['Ann Cole LABELS Pell Agreement'],
    ],
    [
      'a denied statement',
      'Ann Cole denied the Pell Agreement was illegal.',
      ['Ann Cole LABELS Pell Agreement (negated)'],
    ],
    ['a person is no thing judged', 'Ann Cole said Tom Hale was dishonest.', []],
    [
      'a noun judged with its "of" phrase, which no node names',
      'Ann Cole said a compulsory introduction of face masks could be inevitable and that she was considering it.',
      [],
    ],
    [
      'a thing judged, a second clause after "and that"',
      'Ann Cole said the Pell Agreement was illegal and that she would fight it.',
      ['Ann Cole LABELS Pell Agreement'],
    ],
    ['a state, not a verdict', 'Ann Cole said the Pell Agreement was delayed.', []],
    ['what befell a thing', 'The Daily Post reported the Star Diner was damaged.', []],
    ['a relation between two things', 'Acme Corp denied the two Harbour Fires were related.', []],
    ['the adjective does not end the clause', 'Ann Cole said the Pell Agreement was critical for Norway.', []],
    [
      "the object of another verb is not the clause's subject",
      'Reports that Acme Corp bought the Pell Agreement were false, Ann Cole said.',
      [],
    ],
    ['no speaker', 'The Pell Agreement was illegal.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
