// ruled-lacking: a ruling that a named party lacked the power to act blocks it; sentences written for this test.
import { triplesOf } from './triples-of.js';

describe('ruled-lacking', () => {
  test.each([
    [
      'lacked authority',
      'The Ohio Court of Appeals ruled Ann Cole lacked the authority to close the schools.',
      ['Ohio Court of Appeals BLOCKS Ann Cole'],
    ],
    [
      'had no power, with "that"',
      'The High Court found that Acme Corp had no power to seize the land.',
      ['High Court BLOCKS Acme Corp'],
    ],
    ['having the authority blocks nobody', 'The High Court ruled Ann Cole had the authority to act.', []],
    ['a negated ruling gives nothing', 'The High Court did not rule Ann Cole lacked authority.', []],
  ])('%s', (_name, text, expected) => {
    expect(triplesOf(text).filter((t) => / BLOCKS /.test(t))).toEqual(expected);
  });
});
