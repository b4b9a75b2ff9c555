// object-control: the object of "urge/ask/order … to <verb>" does the infinitive's act, hedged; sentences
// written for this test.
import { extract } from '../../../src/index.js';
import { triplesOf } from './triples-of.js';

describe('object-control', () => {
  test.each([
    ['urged to restrict', 'Canada urged Peru to restrict Pell Group.', ['Canada URGES Peru', 'Peru BLOCKS Pell Group']],
    ['asked to investigate', 'Ann Cole asked Bo Lind to investigate Tom Hale.', ['Bo Lind INVESTIGATES Tom Hale']],
    ['no typed act, no edge', 'Ann Cole asked Bo Lind to email Tom Hale.', []],
    [
      'a person asked to join a body would be a member',
      'Ann Cole invited Bo Lind to join Pell Group.',
      ['Bo Lind PART_OF Pell Group'],
    ],
    ['a passive infinitive is no act of the object', 'Ann Cole asked Bo Lind to be sued by Tom Hale.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => !/ RELATED_TO | URGES (?!Peru)/.test(t))).toEqual(expected);
  });

  test('the act is hedged: being urged to do it does not say it was done', () => {
    const r = extract('Canada urged Peru to restrict Pell Group.');
    expect(r.triples.find((t) => t.rule === 'object-control')?.hedged).toBe(true);
  });
});
