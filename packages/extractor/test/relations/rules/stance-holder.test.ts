// stance-holder: a name said to be a critic, opponent, supporter, backer or ally of another (with "is" or
// in apposition) takes that side; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('stance-holder', () => {
  test.each([
    ['a critic with "is"', 'Ann Cole is an outspoken critic of Tom Hale.', ['Ann Cole CRITICIZES Tom Hale']],
    ['an adverb after "is"', 'Ann Cole was also a fierce opponent of Tom Hale.', ['Ann Cole CRITICIZES Tom Hale']],
    [
      'a supporter in apposition',
      'Ann Cole, a longtime supporter of Acme Corp, spoke.',
      ['Ann Cole SUPPORTS Acme Corp'],
    ],
    ['a named modifier', 'Tom Hale, a Kremlin critic, was arrested.', ['Tom Hale CRITICIZES Kremlin']],
    ['negated with "is not"', 'Ann Cole is not an ally of Tom Hale.', ['Ann Cole SUPPORTS Tom Hale (negated)']],
    ['a name that only modifies the object', 'Ann Cole was an opponent of the Norway-led Harbour Treaty.', []],
    [
      'a list item is no apposition',
      'Ann Cole met Bo Lind, Tom Hale, a critic of Acme Corp.',
      ['Ann Cole MEETS Bo Lind'],
    ],
    ['a demonym is no object', 'Ann Cole is a Russian critic.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text)).toEqual(expected);
  });
});
