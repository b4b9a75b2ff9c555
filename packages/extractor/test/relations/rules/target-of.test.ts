// target-of: the subject of "be the subject/target of <agent> <relation noun>" is the noun's patient;
// sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('target-of', () => {
  test.each([
    [
      'a named agent before the noun',
      'Castor Mining has been the target of a Pell Group takeover since May.',
      ['Pell Group ACQUIRES Castor Mining'],
    ],
    [
      'a nationality names the agent',
      'Canada imposed tariffs. Pell Group has been the subject of Canadian sanctions since 2011.',
      ['Canada SANCTIONS Pell Group'],
    ],
    [
      'a "by" agent',
      'Ann Cole was the target of an investigation by the Oslo Police.',
      ['Oslo Police INVESTIGATES Ann Cole'],
    ],
    ['no agent, no edge', 'Ann Cole was the target of an investigation.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => !/ PART_OF | LOCATED_IN /.test(t))).toEqual(expected);
  });
});
