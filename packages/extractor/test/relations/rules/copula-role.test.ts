// copula-role: a subject that "is" a role phrase holds the role in the body the phrase names, found as for an
// apposition: a possessor, an "of" object, a body inside a capitalised title, an employer after at/for.
// Sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('copula-role', () => {
  test.each([
    ['an "of" object', 'Ola Berg is the chief executive of Acme Corp.', ['Ola Berg LEADS Acme Corp']],
    ['a possessor', "Ola Berg is Ann Cole's spokesperson.", ['Ola Berg WORKS_FOR Ann Cole']],
    [
      'a subordinate role serves',
      'Tom Hale is the assistant coach of the Karsby Hawks.',
      ['Tom Hale WORKS_FOR Karsby Hawks'],
    ],
    [
      'a branch head serves the body',
      'Tom Hale was the marketing director of Acme Corp.',
      ['Tom Hale WORKS_FOR Acme Corp'],
    ],
    [
      '"a director of": one of its directors',
      'Tom Hale was also an original director of the Karsby Number Foundation.',
      ['Tom Hale WORKS_FOR Karsby Number Foundation'],
    ],
    [
      'a role no longer held',
      'Ola Berg is no longer the chief executive of Acme Corp.',
      ['Ola Berg LEADS Acme Corp (negated)'],
    ],
    ['a title holding its body', 'Ann Cole is the president of France.', ['Ann Cole LEADS France']],
    ['also capitalised, in the past', 'Ann Cole was President of France until 2011.', ['Ann Cole LEADS France']],
    ['an employer after "at"', 'Ola Berg is a professor at Dorn University.', ['Ola Berg WORKS_FOR Dorn University']],
    ['an employer after "for"', 'Ola Berg is a spokesman for Acme Corp.', ['Ola Berg WORKS_FOR Acme Corp']],
    [
      'a body with a long name (the predicate stops before it)',
      'Ann Cole is a member of the Norland Labour Party.',
      ['Ann Cole WORKS_FOR Norland Labour Party'],
    ],
    ['a place employs no player', 'Ann Cole is the best player of France.', []],
    ['a head has no person for a body', "Ola Berg is Ann Cole's president.", []],
    [
      'each role joined by "and"',
      'Ann Cole is the president of Norland and the founder of Acme Corp.',
      ['Ann Cole FOUNDED Acme Corp', 'Ann Cole LEADS Norland'],
    ],
    [
      'also an employer and a party',
      'Ola Berg is a professor at Dorn University and a member of the Labour Party.',
      ['Ola Berg WORKS_FOR Dorn University', 'Ola Berg WORKS_FOR Labour Party'],
    ],
    [
      'a clause of its own after "and" is its own subject\'s',
      'Ann Cole is the president of Norland and Tom Hale is the founder of Acme Corp.',
      ['Ann Cole LEADS Norland', 'Tom Hale FOUNDED Acme Corp'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
